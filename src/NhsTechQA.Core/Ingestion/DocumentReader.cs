using System.Security.Cryptography;
using System.Text;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Reads the corpus folders: every file of a configured extension, through the reader of its format (plain text
/// and Markdown, HTML, PDF, Word). A file that cannot be read is skipped with a reason naming it; the rest are
/// still indexed.
/// </summary>
public sealed class DocumentReader
{
    private readonly CorpusOptions _options;
    private readonly Dictionary<string, IDocumentFormatReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReader(CorpusOptions options) : this(options, DefaultReaders(options)) { }

    public DocumentReader(CorpusOptions options, IEnumerable<IDocumentFormatReader> readers)
    {
        _options = options;
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                _readers.TryAdd(extension, reader);
    }

    public static IReadOnlyList<IDocumentFormatReader> DefaultReaders(CorpusOptions options) =>
        [new PlainTextReader(), new HtmlReader(), new PdfReader(options.Pdf), new WordReader()];

    public sealed record Result(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<SkippedDocument> Skipped)
    {
        public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
    }

    /// <summary>One file read: the document (maybe with a warning), or why it was skipped.</summary>
    public sealed record FileOutcome(SourceDocument? Document, SkippedDocument? Skipped, string? Warning);

    public async Task<Result> ReadAsync(IReadOnlyList<string> folders, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        var skipped = new List<SkippedDocument>();
        var warnings = new List<DocumentWarning>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
                throw new CorpusException($"corpus folder '{folder}' does not exist");
            foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await ReadFileAsync(path, cancellationToken);
                if (outcome.Skipped is { } skip) { skipped.Add(skip); continue; }
                var document = outcome.Document!;
                if (outcome.Warning is { } warning) warnings.Add(new DocumentWarning(path, warning));
                if (!seen.Add(document.SourceId))
                {
                    skipped.Add(new SkippedDocument(path, $"another corpus folder already has a file named '{document.SourceId}'"));
                    continue;
                }
                documents.Add(document);
            }
        }
        if (documents.Count == 0)
            throw new CorpusException($"no readable documents in corpus folder(s) {string.Join(", ", folders.Select(f => $"'{f}'"))}");
        return new Result(documents, skipped) { Warnings = warnings };
    }

    /// <summary>Reads one file with the reader of its extension. Never throws for a bad file (only for cancellation).</summary>
    public async Task<FileOutcome> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        if (!_options.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return Skip(path, $"not a {string.Join(" or ", _options.Extensions)} file");
        if (!_readers.TryGetValue(extension, out var reader))
            return Skip(path, $"no reader for '{extension}' files (Corpus:Extensions names it; supported: {string.Join(", ", _readers.Keys)})");
        var length = new FileInfo(path).Length;
        if (length > _options.MaxFileBytes)
            return Skip(path, $"larger than Corpus:MaxFileBytes ({_options.MaxFileBytes} bytes)");
        if (length == 0)
            return Skip(path, "empty");
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Skip(path, $"cannot be read ({e.Message})");
        }
        FormatReadResult read;
        try
        {
            read = reader.Read(path, bytes, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader's own failure on one odd file must not stop the rest of the corpus from being indexed.
            return Skip(path, $"could not be read ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})");
        }
        if (read.SkipReason is { } reason) return Skip(path, reason);
        var document = new SourceDocument(Path.GetFileName(path), Path.GetFullPath(path), read.Text, ContentHash(bytes, reader))
        {
            Metadata = read.Metadata,
            PageStarts = read.PageStarts,
        };
        return new FileOutcome(document, null, read.Warning);
    }

    private static FileOutcome Skip(string path, string reason) => new(null, new SkippedDocument(path, reason), null);

    /// <summary>
    /// The file's bytes, and for extracted formats the reader and its version: new extraction rules must rebuild
    /// an index even though the files did not change. Plain text keeps the plain hash of its bytes.
    /// </summary>
    private static string ContentHash(byte[] bytes, IDocumentFormatReader reader)
    {
        if (reader is PlainTextReader) return Convert.ToHexString(SHA256.HashData(bytes));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{reader.GetType().Name}:{reader.Version}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>A corpus that cannot be used at all (missing folder, nothing readable). Its message is shown to users as is.</summary>
public sealed class CorpusException(string message) : Exception(message);
