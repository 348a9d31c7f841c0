using System.CommandLine;
using NhsTechQA.Core;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Generative;

namespace NhsTechQA.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}

/// <summary>Options every command takes, and the shared way of turning them into an open assistant.</summary>
public sealed class CommonOptions
{
    public Option<string[]> Corpus { get; } = new("--corpus")
    {
        Description = "A corpus folder (repeatable); replaces the folders in appsettings.json",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Index { get; } = new("--index")
    {
        Description = "The index folder; replaces Index:Folder",
        Recursive = true,
    };

    public NhsTechQASettings LoadSettings(ParseResult result) =>
        SettingsLoader.Load(SettingsLoader.LoadConfiguration(), result.GetValue(Corpus), result.GetValue(Index));

    public GenerativeSetup.ModelSettings LoadModelSettings() => GenerativeSetup.ModelSettings.From(SettingsLoader.LoadConfiguration().Configuration);

    /// <summary>Opens the assistant (building the index if needed) with the answerer that Answering:Mode and the chat model settings choose.</summary>
    public async Task<Assistant> OpenAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var loaded = SettingsLoader.LoadConfiguration();
        var settings = SettingsLoader.Load(loaded, result.GetValue(Corpus), result.GetValue(Index));
        var models = GenerativeSetup.ModelSettings.From(loaded.Configuration);
        var remoteEmbeddings = ChatModelFactory.CreateEmbeddingGenerator(models.AzureOpenAI, models.Generation);
        var assistant = await ConsoleProgress.RunAsync(progress => Assistant.OpenAsync(settings, remoteEmbeddings, progress, cancellationToken));
        try
        {
            GenerativeSetup.Configure(assistant, models, loaded.BaseFolder);
            // Links to the bot's /documents page only with the bot's key (user secrets are shared): it could not check others.
            assistant.UseLinker(CitationLinker.FromConfiguration(loaded.Configuration, TimeProvider.System, randomKeyWhenMissing: false, out _));
        }
        catch
        {
            assistant.Dispose();
            throw;
        }
        foreach (var skipped in assistant.Load.Skipped)
            Console.Error.WriteLine($"warning: skipped '{skipped.Path}': {skipped.Reason}");
        foreach (var warning in assistant.Load.Warnings)
            Console.Error.WriteLine($"warning: '{warning.Path}': {warning.Message}");
        return assistant;
    }

    /// <summary>Runs a command body, turning the errors a user can fix into one line and exit code 2, never a stack trace.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is QuestionException or CorpusException or ConfigurationException or ModelUnavailableException or InputFileException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException e)
        {
            Console.Error.WriteLine(e is IndexBuildCancelledException ? e.Message : "cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Failure;
        }
    }
}

/// <summary>An input file (cases, benchmark data) that is missing or malformed; the message names the file and line.</summary>
public sealed class InputFileException(string message) : Exception(message);
