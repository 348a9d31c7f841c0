using System.Text;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Plain text and Markdown, with optional YAML front matter. UTF-8 is read as is (a byte-order mark stays in the
/// text, so offsets are those of any UTF-8 decode of the file). Files that are not UTF-8 are still read, with a
/// warning naming the encoding used: UTF-16 when the file starts with its byte-order mark, Windows-1252 otherwise
/// (a superset of ISO-8859-1 for every printable character).
/// </summary>
public sealed class PlainTextReader : IDocumentFormatReader
{
    // Strict decoding: a file that is not UTF-8 must be noticed, not silently turned into replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public int Version => 4;

    public FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var (text, encoding) = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", "")))
            return FormatReadResult.Skip("empty");
        if (text.Contains('\0'))
            return FormatReadResult.Skip("binary content (NUL bytes)");
        var frontMatter = FrontMatterReader.Read(text);
        var warnings = new List<string>();
        if (encoding is not null) warnings.Add($"not UTF-8; read as {encoding} (citation offsets count characters of that decoding)");
        if (frontMatter.Warning is not null) warnings.Add(frontMatter.Warning);
        var metadata = frontMatter.Metadata;
        // A transcript or release without front matter often gives its date on a line of its own near the top
        // ("Tuesday 10 June 2025", "Board meeting in public, 14 May 2025"): that is the day it records. A month alone
        // ("November 2025") is the month it records, shown as one.
        if (metadata.Date is null && FrontMatterReader.StatedDate(text, metadata.BodyStart) is { } stated)
            metadata = metadata with { Date = stated.Date, MonthOnly = stated.MonthOnly };
        if (metadata.Title is null && OpeningLine(text, metadata.BodyStart) is { } opening)
            metadata = metadata with { OpeningLine = opening };
        return new FormatReadResult
        {
            Text = text,
            Metadata = metadata,
            Warning = warnings.Count == 0 ? null : string.Join("; ", warnings),
        };
    }

    /// <summary>
    /// The first line of the body when it reads as a title: short, with no sentence's full stop, no speaker's label
    /// ("PRESENTER: Good morning") and no date alone; a Markdown heading's marks are left out.
    /// </summary>
    public static string? OpeningLine(string text, int bodyStart)
    {
        var start = bodyStart;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        var end = text.IndexOf('\n', start) is var e and >= 0 ? e : text.Length;
        var line = text[start..end].Trim().TrimStart('#').Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is 0 or > OpeningLineMaxWords || TextSplitter.IsProse(line) || line.Contains(':') || !line.Any(char.IsLetter)
            || FrontMatterReader.StatedDate(line) is not null)
            return null;
        return line;
    }

    private const int OpeningLineMaxWords = 14;

    /// <summary>The decoded text, and the name of the encoding when it was not UTF-8.</summary>
    public static (string Text, string? Encoding) Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16 (little-endian)");
        if (bytes is [0xFE, 0xFF, ..])
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16 (big-endian)");
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }

}
