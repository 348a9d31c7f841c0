using System.CommandLine;
using System.Diagnostics;

namespace NhsTechQA.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("ingest", "Build or refresh the index of the corpus folders");
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var stopwatch = Stopwatch.StartNew();
            using var assistant = await common.OpenAsync(result, cancellationToken);
            var index = assistant.Load.Index;
            var state = assistant.Load.Rebuilt ? $"built ({assistant.Load.TextsEmbedded} texts embedded)" : "up to date";
            Console.WriteLine($"index {state}: {index.Documents.Count} documents, {index.Sentences.Count} sentences, {index.Chunks.Count} chunks, " +
                              $"{assistant.Search.Speakers.Speakers.Count} speakers, in {stopwatch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"index folder: {assistant.Settings.Index.Folder}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
