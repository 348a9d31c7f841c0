using System.CommandLine;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Generative;

namespace NhsTechQA.Cli.Commands;

/// <summary>Shows the active configuration (keys masked) and, with --check, whether the chat endpoint answers.</summary>
public static class ConfigCommand
{
    public static Command Create(CommonOptions common)
    {
        var check = new Option<bool>("--check") { Description = "Send one tiny request to the chat model to check that it answers" };
        var command = new Command("config", "Show which corpus, index and answer provider are active") { check };
        command.Aliases.Add("doctor");
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var settings = common.LoadSettings(result);
            var models = common.LoadModelSettings();
            var provider = models.Provider;
            var generative = settings.Answering.Mode == "Generative" || (settings.Answering.Mode == "Auto" && provider is not null);
            var source = SettingsLoader.Locate();
            Console.WriteLine($"settings:       {(source.BuiltIn ? $"built-in defaults ({source.File ?? "none found"}; no {SettingsLoader.FileName} in the working folder)" : source.File)}");
            Console.WriteLine($"corpus folders: {string.Join(", ", settings.Corpus.Folders.Select(f => f + Missing(f)))}");
            Console.WriteLine($"index folder:   {settings.Index.Folder}{(Directory.Exists(settings.Index.Folder) ? "" : " (not built yet)")}");
            var prompts = Path.GetFullPath(models.Generation.PromptsFolder, SettingsLoader.LoadConfiguration().BaseFolder);
            Console.WriteLine($"prompts folder: {prompts}{Missing(prompts)}");
            Console.WriteLine($"embeddings:     {settings.Embedding.Provider} ({settings.Embedding.ModelId})");
            Console.WriteLine($"answer mode:    {settings.Answering.Mode} -> {(generative ? "generative" : "extractive (offline)")}");
            // A folder the assistant needs but cannot find is a setting to fix: say which, and exit with 2.
            var problems = settings.Corpus.Folders.Where(f => !Directory.Exists(f))
                .Select(f => $"corpus folder '{f}' does not exist (setting Corpus:Folders or --corpus)").ToList();
            if (generative && !Directory.Exists(prompts))
                problems.Add($"prompts folder '{prompts}' does not exist (setting Generation:PromptsFolder)");
            foreach (var problem in problems) Console.Error.WriteLine($"error: {problem}");
            var outcome = problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
            if (provider is null)
            {
                Console.WriteLine("chat model:     none configured (set AzureOpenAI:Endpoint and AzureOpenAI:ChatDeployment, or OpenAI:ChatModel)");
                return outcome;
            }
            var credential = provider.MaskedKey ?? (provider.Name == "Azure OpenAI" ? "none: Microsoft Entra ID (DefaultAzureCredential)" : "none");
            Console.WriteLine($"chat model:     {provider.Name}, {provider.Model} at {provider.Endpoint}");
            Console.WriteLine($"key:            {credential} ({provider.KeySetting})");
            if (!result.GetValue(check)) return outcome;
            var kernel = ChatModelFactory.CreateKernel(models.AzureOpenAI, models.OpenAI, models.Generation)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(models.Generation.TimeoutSeconds));
            try
            {
                var chat = kernel.GetRequiredService<IChatCompletionService>();
                await chat.GetChatMessageContentAsync("Reply with OK.", cancellationToken: limit.Token);
                Console.WriteLine("check:          the chat model answered");
                return outcome;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var reason = e is HttpOperationException { StatusCode: { } status } ? $"HTTP {(int)status}" : e.GetType().Name;
                Console.Error.WriteLine($"error: the chat model did not answer ({reason}); check {provider.KeySetting} and the endpoint and model settings");
                return ExitCodes.Failure;
            }
        }));
        return command;
    }

    private static string Missing(string folder) => Directory.Exists(folder) ? "" : " (missing)";
}
