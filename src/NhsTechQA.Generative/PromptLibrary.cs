using Microsoft.SemanticKernel;
using NhsTechQA.Core.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NhsTechQA.Generative;

/// <summary>
/// Semantic Kernel prompt templates kept as YAML files in prompts/ (the format of SK's own YAML prompts), loaded at start.
/// </summary>
public sealed class PromptLibrary
{
    public const string AnswerPrompt = "answer";
    public const string RewritePrompt = "rewrite";

    private readonly Dictionary<string, PromptTemplateConfig> _prompts;

    private PromptLibrary(Dictionary<string, PromptTemplateConfig> prompts) => _prompts = prompts;

    public PromptTemplateConfig this[string name] => _prompts.TryGetValue(name, out var prompt)
        ? prompt
        : throw new ConfigurationException($"prompt '{name}.yaml' is missing from the prompts folder (setting Generation:PromptsFolder)");

    public static PromptLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"prompts folder '{folder}' does not exist (setting Generation:PromptsFolder)");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var prompts = new Dictionary<string, PromptTemplateConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml"))
        {
            PromptFile file;
            try
            {
                file = deserializer.Deserialize<PromptFile>(File.ReadAllText(path));
            }
            catch (YamlException e)
            {
                throw new ConfigurationException($"prompt file '{path}' is not valid YAML: {e.Message}");
            }
            if (string.IsNullOrWhiteSpace(file.Template))
                throw new ConfigurationException($"prompt file '{path}' has no template");
            var config = new PromptTemplateConfig(file.Template)
            {
                Name = file.Name ?? Path.GetFileNameWithoutExtension(path),
                Description = file.Description ?? "",
                TemplateFormat = file.TemplateFormat ?? PromptTemplateConfig.SemanticKernelTemplateFormat,
            };
            // Variables stay encoded inside the chat prompt, so text in a question or a passage cannot open a new message.
            foreach (var variable in file.InputVariables ?? [])
                config.InputVariables.Add(new InputVariable { Name = variable.Name, Description = variable.Description ?? "", IsRequired = variable.IsRequired, AllowDangerouslySetContent = false });
            prompts[Path.GetFileNameWithoutExtension(path)] = config;
        }
        return new PromptLibrary(prompts);
    }

    private sealed class PromptFile
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? TemplateFormat { get; set; }
        public string? Template { get; set; }
        public List<PromptVariable>? InputVariables { get; set; }
    }

    private sealed class PromptVariable
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public bool IsRequired { get; set; }
    }
}
