using System.CommandLine;
using System.Diagnostics;
using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Retrieval;
using NhsTechQA.Generative;

namespace NhsTechQA.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(CommonOptions common)
    {
        var strict = new Option<bool>("--strict") { Description = "Exit with code 2 when any file was skipped or read with a warning" };
        var command = new Command("ingest", "Build or refresh the index of the corpus folders") { strict };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var stopwatch = Stopwatch.StartNew();
            // The index only: search structures (BM25 over every sentence) are built by the commands that search.
            var loaded = SettingsLoader.LoadConfiguration();
            var settings = SettingsLoader.Load(loaded, result.GetValue(common.Corpus), result.GetValue(common.Index));
            var models = GenerativeSetup.ModelSettings.From(loaded.Configuration);
            var remoteEmbeddings = ChatModelFactory.CreateEmbeddingGenerator(models.AzureOpenAI, models.Generation);
            var load = await ConsoleProgress.RunAsync(progress => Assistant.BuildIndexAsync(settings, remoteEmbeddings, progress, cancellationToken));
            foreach (var skipped in load.Skipped)
                Console.Error.WriteLine($"warning: skipped '{skipped.Path}': {skipped.Reason}");
            foreach (var warning in load.Warnings)
                Console.Error.WriteLine($"warning: '{warning.Path}': {warning.Message}");
            var index = load.Index;
            var speakers = new SpeakerDirectory(index.Sentences, index.Profiles, index.Documents).Speakers.Count;
            var state = load.Rebuilt ? $"built ({load.TextsEmbedded} texts embedded)" : "up to date";
            Console.WriteLine($"index {state}: {index.Documents.Count} documents, {index.Sentences.Count} sentences, {index.Chunks.Count} chunks, " +
                              $"{speakers} speakers, in {stopwatch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"index folder: {settings.Index.Folder}");
            var problems = load.Skipped.Count + load.Warnings.Count;
            if (result.GetValue(strict) && problems > 0)
            {
                Console.Error.WriteLine($"error: --strict: {load.Skipped.Count} file(s) skipped and {load.Warnings.Count} warning(s) (listed above)");
                return ExitCodes.BadInput;
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
