using Microsoft.Extensions.Configuration;
using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Generative;

/// <summary>Chooses the answerer by Answering:Mode and the configured chat model, and installs it in the assistant.</summary>
public static class GenerativeSetup
{
    public sealed record ModelSettings(AzureOpenAIOptions AzureOpenAI, OpenAIOptions OpenAI, GenerationOptions Generation)
    {
        public ChatProvider? Provider => ChatModelFactory.Describe(AzureOpenAI, OpenAI);

        public static ModelSettings From(IConfiguration configuration) => new(
            SettingsLoader.Bind<AzureOpenAIOptions>(configuration, AzureOpenAIOptions.Section),
            SettingsLoader.Bind<OpenAIOptions>(configuration, OpenAIOptions.Section),
            SettingsLoader.Bind<GenerationOptions>(configuration, GenerationOptions.Section));
    }

    /// <returns>The provider when the generative answerer was installed; null when answers stay extractive.</returns>
    public static ChatProvider? Configure(Assistant assistant, ModelSettings models, string baseFolder)
    {
        var mode = assistant.Settings.Answering.Mode;
        var provider = models.Provider;
        if (mode == "Extractive" || (mode == "Auto" && provider is null)) return null;
        if (provider is null)
            throw new ConfigurationException("Answering:Mode is Generative but no chat model is configured: set AzureOpenAI:Endpoint and AzureOpenAI:ChatDeployment, or OpenAI:ChatModel");
        if (models.Generation.TimeoutSeconds <= 0 || models.Generation.Passages < 1 || models.Generation.MaxAnswerTokens < 16)
            throw new ConfigurationException("Generation:TimeoutSeconds must be positive, Generation:Passages at least 1 and Generation:MaxAnswerTokens at least 16");
        var kernel = ChatModelFactory.CreateKernel(models.AzureOpenAI, models.OpenAI, models.Generation)!;
        var prompts = PromptLibrary.Load(Path.GetFullPath(models.Generation.PromptsFolder, baseFolder));
        assistant.UseAnswerer(new GenerativeAnswerer(assistant.Extractive, assistant.Search, kernel, prompts, models.Generation,
            assistant.Settings.Verification, provider));
        return provider;
    }
}
