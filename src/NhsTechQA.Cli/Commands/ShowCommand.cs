using System.CommandLine;
using System.Text;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// `show SOURCE [--start N --end M]`: the document's extracted text, or a slice of it, exactly as citation offsets
/// index it (a citation's quote is always show's slice). Reads the one file; no index or model is needed.
/// </summary>
public static class ShowCommand
{
    public static Command Create(CommonOptions common)
    {
        var source = new Argument<string>("source") { Description = "The document's file name inside its corpus folder (a citation's \"source\")" };
        var start = new Option<int?>("--start") { Description = "First character of the slice (a citation's \"start\")" };
        var end = new Option<int?>("--end") { Description = "End of the slice, exclusive (a citation's \"end\")" };
        var command = new Command("show", "Print a document's extracted text, or the slice a citation quotes") { source, start, end };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var settings = common.LoadSettings(result);
            var name = result.GetValue(source) ?? "";
            var path = Find(settings.Corpus.Folders, name)
                       ?? throw new InputFileException($"no document '{name}' in corpus folder(s) {string.Join(", ", settings.Corpus.Folders.Select(f => $"'{f}'"))}");
            var outcome = await new DocumentReader(settings.Corpus).ReadFileAsync(path, cancellationToken);
            if (outcome.Skipped is { } skipped)
                throw new InputFileException($"'{skipped.Path}' is not indexed: {skipped.Reason}");
            var text = outcome.Document!.Text;
            var from = result.GetValue(start) ?? 0;
            var to = result.GetValue(end) ?? text.Length;
            if (from < 0 || to > text.Length || from > to)
                throw new InputFileException($"--start {from} --end {to} is outside '{name}' (its text has {text.Length} characters)");
            // The slice exactly, in UTF-8: nothing added, so `show` output can be compared with a quote byte for byte.
            using var stdout = Console.OpenStandardOutput();
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text[from..to]);
            await stdout.WriteAsync(bytes, cancellationToken);
            if (!Console.IsOutputRedirected) await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The file named SOURCE in the first corpus folder that has it (the name without its extension is accepted too).</summary>
    private static string? Find(IReadOnlyList<string> folders, string name)
    {
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(Path.DirectorySeparatorChar)) return null;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var exact = Path.Combine(folder, name);
            if (File.Exists(exact)) return exact;
        }
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var stem = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
                .FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), name, StringComparison.Ordinal));
            if (stem is not null) return stem;
        }
        return null;
    }
}
