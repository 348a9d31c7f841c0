using System.CommandLine;
using System.Diagnostics;

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
            using var assistant = await common.OpenAsync(result, cancellationToken);
            var index = assistant.Load.Index;
            var state = assistant.Load.Rebuilt ? $"built ({assistant.Load.TextsEmbedded} texts embedded)" : "up to date";
            Console.WriteLine($"index {state}: {index.Documents.Count} documents, {index.Sentences.Count} sentences, {index.Chunks.Count} chunks, " +
                              $"{assistant.Search.Speakers.Speakers.Count} speakers, in {stopwatch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"index folder: {assistant.Settings.Index.Folder}");
            var problems = assistant.Load.Skipped.Count + assistant.Load.Warnings.Count;
            if (result.GetValue(strict) && problems > 0)
            {
                Console.Error.WriteLine($"error: --strict: {assistant.Load.Skipped.Count} file(s) skipped and {assistant.Load.Warnings.Count} warning(s) (listed above)");
                return ExitCodes.BadInput;
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
