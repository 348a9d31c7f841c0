using System.Security.Cryptography;
using System.Text;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion;

/// <summary>Reads the corpus folders: every file of a configured extension that is valid, non-empty UTF-8 text.</summary>
public sealed class DocumentReader(CorpusOptions options)
{
    // Strict decoding: a file that is not UTF-8 must be reported, not silently turned into replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Result(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<SkippedDocument> Skipped)
    {
        public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
    }

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
                var outcome = await ReadOneAsync(path, cancellationToken);
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

    private async Task<(SourceDocument? Document, SkippedDocument? Skipped, string? Warning)> ReadOneAsync(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        if (!options.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return (null, new SkippedDocument(path, $"not a {string.Join(" or ", options.Extensions)} file"), null);
        var length = new FileInfo(path).Length;
        if (length > options.MaxFileBytes)
            return (null, new SkippedDocument(path, $"larger than Corpus:MaxFileBytes ({options.MaxFileBytes} bytes)"), null);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, new SkippedDocument(path, "not valid UTF-8 text"), null);
        }
        // A BOM stays in the text: citation offsets count it, as any reader decoding the file as UTF-8 does.
        if (string.IsNullOrWhiteSpace(text))
            return (null, new SkippedDocument(path, "empty"), null);
        if (text.Contains('\0'))
            return (null, new SkippedDocument(path, "binary content (NUL bytes)"), null);
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        var frontMatter = FrontMatterReader.Read(text);
        var document = new SourceDocument(Path.GetFileName(path), Path.GetFullPath(path), text, hash) { Metadata = frontMatter.Metadata };
        return (document, null, frontMatter.Warning);
    }
}

/// <summary>A corpus that cannot be used at all (missing folder, nothing readable). Its message is shown to users as is.</summary>
public sealed class CorpusException(string message) : Exception(message);
