using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests.Readers;

/// <summary>
/// The reader fixtures of data/formats (made by bench/formats/make-fixtures.cs; the HTML pages written by hand),
/// read as ingestion reads them.
/// </summary>
internal static class FormatFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Data, "formats");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static async Task<DocumentReader.FileOutcome> ReadAsync(string name, CorpusOptions? options = null) =>
        await new DocumentReader(options ?? new CorpusOptions()).ReadFileAsync(PathOf(name), CancellationToken.None);

    public static async Task<SourceDocument> DocumentAsync(string name)
    {
        var outcome = await ReadAsync(name);
        Assert.True(outcome.Document is not null, $"{name} was skipped: {outcome.Skipped?.Reason}");
        return outcome.Document!;
    }

    /// <summary>The document's sentences as the index will have them.</summary>
    public static List<string> Sentences(SourceDocument document) =>
        TextSplitter.SplitSentences(document.Text, document.Metadata.BodyStart).Select(s => document.Text[s.Start..s.End]).ToList();

    /// <summary>The text's lines, trimmed, without the blank ones.</summary>
    public static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
