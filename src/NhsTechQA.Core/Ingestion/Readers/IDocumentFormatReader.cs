using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Turns the bytes of one file format into the text that citation offsets index, and what the file says about
/// itself. A reader never throws for a bad file: it returns a skip reason a user can act on.
/// </summary>
public interface IDocumentFormatReader
{
    /// <summary>The file extensions this reader handles, with the dot (".pdf").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Changes whenever the extraction rules change, so indexes built from files of this format are rebuilt even
    /// though the files themselves did not change.
    /// </summary>
    int Version { get; }

    FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken);
}

/// <summary>
/// What a reader made of a file: its text, metadata and page starts (PDF), an optional warning (the document is
/// still indexed), or a skip reason (it is not).
/// </summary>
public sealed record FormatReadResult
{
    public string Text { get; init; } = "";
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;
    /// <summary>Offset of the start of each page in <see cref="Text"/>, page 1 first; empty for formats without pages.</summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];
    public string? Warning { get; init; }
    public string? SkipReason { get; init; }

    public static FormatReadResult Skip(string reason) => new() { SkipReason = reason };
}
