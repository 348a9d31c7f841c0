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
            Console.WriteLine($"corpus folders: {string.Join(", ", settings.Corpus.Folders)}");
            Console.WriteLine($"index folder:   {settings.Index.Folder}");
            Console.WriteLine($"embeddings:     {settings.Embedding.Provider} ({settings.Embedding.ModelId})");
            Console.WriteLine($"answer mode:    {settings.Answering.Mode} -> {(generative ? "generative" : "extractive (offline)")}");
            if (provider is null)
            {
                Console.WriteLine("chat model:     none configured (set AzureOpenAI:Endpoint and AzureOpenAI:ChatDeployment, or OpenAI:ChatModel)");
                return ExitCodes.Success;
            }
            var credential = provider.MaskedKey ?? (provider.Name == "Azure OpenAI" ? "none: Microsoft Entra ID (DefaultAzureCredential)" : "none");
            Console.WriteLine($"chat model:     {provider.Name}, {provider.Model} at {provider.Endpoint}");
            Console.WriteLine($"key:            {credential} ({provider.KeySetting})");
            if (!result.GetValue(check)) return ExitCodes.Success;
            var kernel = ChatModelFactory.CreateKernel(models.AzureOpenAI, models.OpenAI, models.Generation)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(models.Generation.TimeoutSeconds));
            try
            {
                var chat = kernel.GetRequiredService<IChatCompletionService>();
                await chat.GetChatMessageContentAsync("Reply with OK.", cancellationToken: limit.Token);
                Console.WriteLine("check:          the chat model answered");
                return ExitCodes.Success;
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
}
