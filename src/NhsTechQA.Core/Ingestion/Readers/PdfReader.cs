using System.Text;
using System.Text.RegularExpressions;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// PDF files, with PdfPig. Each page is cut into text blocks (Docstrum) put in reading order (so a two-column page
/// reads down the first column, then the second); the lines of a block are joined with spaces into a paragraph
/// (a change of font size starts a new one: a heading stays on its own line), words hyphenated at a line end are
/// joined, and a paragraph running on over a page break is continued. Lines at the top or bottom edge repeated on
/// most pages (running headers, footers, page numbers) are dropped, except inside a paragraph continued over a page
/// break, where they stay in their place so that every quotation is the PDF's text in its order. The start of every
/// page is kept, so each citation knows its page. Metadata: the document information's title, author (as the speaker) and creation date.
/// A PDF without a text layer (a scan) is skipped: there is nothing to cite without OCR.
/// </summary>
public sealed partial class PdfReader(PdfReadingOptions options) : IDocumentFormatReader
{
    public const string NoTextLayer = "no text layer; OCR is not supported";

    // Consecutive lines whose font sizes differ by more than this share are different paragraphs (heading, body).
    private const double FontSizeChange = 0.15;

    // Blocks of prose at least this wide (share of the page) and this long (characters a line) side by side are columns.
    private const double ColumnMinWidthShare = 0.25;
    private const double ColumnMinLineChars = 25;

    // A gap between lines of more than this many line heights ends a paragraph.
    private const double ParagraphGapLines = 1.5;

    // The sentence splitter runs a line on into the next when it is at least this long (TextSplitter's wrapped-line rule).
    private const int MinLineBeforeKeptBreak = 40;

    public PdfReader() : this(new PdfReadingOptions()) { }

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public int Version => 9;

    private sealed record Line(string Text, double Top, double Bottom, double FontSize)
    {
        /// <summary>The line follows a list bullet: it starts a new paragraph (the bullet itself is not text).</summary>
        public bool StartsItem { get; init; }

        public double Left { get; init; }
        public double Right { get; init; }

        /// <summary>How many side-by-side pieces (table cells) make up the line: more than one is a table row.</summary>
        public int Cells { get; init; } = 1;
    }

    private sealed record PageText(int Number, double Height, List<List<Line>> Blocks, bool HasImages)
    {
        /// <summary>The running header lines dropped from the top of the page, and the footer lines from its bottom.</summary>
        public List<string> DroppedTop { get; } = [];
        public List<string> DroppedBottom { get; } = [];
    }

    public FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF"u8) < 0)
            return FormatReadResult.Skip("not a PDF file (no %PDF header)");
        List<PageText> pages;
        DocumentMetadata metadata;
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            pages = new List<PageText>(pdf.NumberOfPages);
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(ReadPage(pdf.GetPage(number)));
            }
            metadata = Metadata(pdf);
        }
        catch (PdfDocumentEncryptedException)
        {
            return FormatReadResult.Skip("encrypted (password-protected) PDF");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return FormatReadResult.Skip($"corrupt or unreadable PDF ({FirstLine(e.Message)})");
        }
        if (pages.Count == 0) return FormatReadResult.Skip("empty (no pages)");
        var withText = pages.Count(p => p.Blocks.Count > 0);
        if (withText == 0) return FormatReadResult.Skip(NoTextLayer);
        DropRunningHeadersAndFooters(pages);
        var (text, pageStarts) = Assemble(pages);
        if (string.IsNullOrWhiteSpace(text)) return FormatReadResult.Skip("empty (no text besides running headers and footers)");
        var missing = pages.Count - withText;
        var warning = missing == 0 ? null
            : $"{missing} of {pages.Count} pages have no text layer (scanned?); {NoTextLayer}, so their content is not indexed";
        // "Published March 2025" on the first page is when the document was published; the file's creation date may
        // be the day it was last exported.
        // So is a date line on the title page ("Presented to Parliament … by Command of His Majesty, 11 March 2025"):
        // a PDF's own creation date is the day it was exported, which for a generated file is the day it was read.
        if (PublishedOrDated(text) is { } published)
            metadata = metadata with { Date = published.Date, MonthOnly = published.MonthOnly };
        return new FormatReadResult { Text = text, Metadata = metadata, PageStarts = pageStarts, Warning = warning };
    }

    private static PageText ReadPage(Page page)
    {
        var hasImages = page.GetImages().Any();
        if (!page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
            return new PageText(page.Number, page.Height, [], hasImages);
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        // List bullets are layout, not words: they are set aside (so they do not become blocks of their own) and
        // remembered by height, so that each item starts its own paragraph and items never run into one sentence.
        var bullets = words.Where(IsBullet).Select(w => (Y: w.BoundingBox.Centroid.Y, X: w.BoundingBox.Right)).ToList();
        words = words.Where(w => !IsBullet(w)).ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).ToList();
        var result = new List<List<Line>>();
        foreach (var block in ordered)
        {
            var lines = block.TextLines
                .Select(l => new Line(string.Join(" ", l.Words.Select(w => w.Text)), l.BoundingBox.Top, l.BoundingBox.Bottom, FontSize(l))
                {
                    StartsItem = bullets.Any(b => b.Y >= l.BoundingBox.Bottom && b.Y <= l.BoundingBox.Top && b.X <= l.BoundingBox.Left),
                    Left = l.BoundingBox.Left,
                    Right = l.BoundingBox.Right,
                })
                .Where(l => l.Text.Trim().Length > 0).ToList();
            if (lines.Count > 0) result.Add(lines);
        }
        if (!MultiColumn(result, page.Width)) result = RowsInPageOrder(result);
        return new PageText(page.Number, page.Height, result, hasImages);
    }

    /// <summary>
    /// Columns of running text: two blocks side by side, each of several lines of prose across at least
    /// <see cref="ColumnMinWidthShare"/> of the page. Those read down one column, then the next.
    /// </summary>
    private static bool MultiColumn(List<List<Line>> blocks, double pageWidth)
    {
        var prose = blocks.Where(b => b.Count >= 3 && b.Max(l => l.Right) - b.Min(l => l.Left) >= ColumnMinWidthShare * pageWidth
                                      && b.Average(l => l.Text.Length) >= ColumnMinLineChars).ToList();
        return prose.Any(a => prose.Any(b => !ReferenceEquals(a, b) && a.Max(l => l.Right) <= b.Min(l => l.Left)
                                             && a.Min(l => l.Bottom) < b.Max(l => l.Top) && b.Min(l => l.Bottom) < a.Max(l => l.Top)));
    }

    /// <summary>
    /// A page of one column read line by line from the top, pieces on the same line (a table's cells, a number beside
    /// its item) joined left to right, as independent extractors (pdftotext) read it: a table otherwise comes out a
    /// column at a time, and a quotation of one row would join cells of different rows. A table row is a paragraph of
    /// its own; other lines keep the paragraphs the layout analysis found, and a wide vertical gap also ends one.
    /// </summary>
    private static List<List<Line>> RowsInPageOrder(List<List<Line>> blocks)
    {
        var pieces = blocks.SelectMany((block, number) => block.Select(line => (Line: line, Block: number)))
            .OrderByDescending(p => p.Line.Top).ThenBy(p => p.Line.Left).ToList();
        var rows = new List<List<(Line Line, int Block)>>();
        foreach (var piece in pieces)
        {
            var centre = (piece.Line.Top + piece.Line.Bottom) / 2;
            var row = rows.FirstOrDefault(r => centre <= r[0].Line.Top && centre >= r[0].Line.Bottom
                                                 && r.All(p => p.Line.Right <= piece.Line.Left || piece.Line.Right <= p.Line.Left));
            if (row is null) rows.Add([piece]);
            else row.Add(piece);
        }
        var result = new List<List<Line>>();
        (Line Line, int Block)? previous = null;
        foreach (var row in rows.OrderByDescending(r => r.Max(p => p.Line.Top)))
        {
            var cells = row.OrderBy(p => p.Line.Left).ToList();
            var line = cells[0].Line with
            {
                Text = string.Join(" ", cells.Select(p => p.Line.Text.Trim())),
                Top = cells.Max(p => p.Line.Top),
                Bottom = cells.Min(p => p.Line.Bottom),
                Right = cells.Max(p => p.Line.Right),
                Cells = cells.Count,
            };
            var height = Math.Max(line.Top - line.Bottom, 1);
            var newParagraph = previous is not { } last || line.Cells > 1 || last.Line.Cells > 1 || cells[0].Block != last.Block
                               || last.Line.Bottom - line.Top > ParagraphGapLines * height;
            if (newParagraph) result.Add([line]);
            else result[^1].Add(line);
            previous = (line, cells[0].Block);
        }
        return result;
    }

    private static bool IsBullet(Word word)
    {
        var text = word.Text.Trim();
        return text.Length == 1 && (text[0] is '•' or '◦' or '▪' or '▫' or '‣' or '⁃' or '∙' or '●' or '○' or '■' or '□' or '►' or '▸' or '➢' or '➤' or '✓' or '✔'
                                    || text[0] is >= '\uE000' and <= '\uF8FF');
    }

    private static double FontSize(TextLine line)
    {
        var sizes = line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).Where(s => s > 0).ToList();
        return sizes.Count == 0 ? 0 : sizes.Average();
    }

    /// <summary>
    /// Running headers and footers: a line near the top or bottom edge whose text (digits aside, so "Page 3" and
    /// "Page 4" are one line) appears there on at least the configured share of the pages, and on two or more.
    /// </summary>
    private void DropRunningHeadersAndFooters(List<PageText> pages)
    {
        var withText = pages.Count(p => p.Blocks.Count > 0);
        if (withText < 2) return;
        var needed = Math.Max(2, (int)Math.Ceiling(options.RepeatedLinePageShare * withText));
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var line in page.Blocks.SelectMany(b => b).Where(l => InMargin(l, page.Height)))
            {
                var key = Key(line.Text);
                if (!pagesByKey.TryGetValue(key, out var set)) pagesByKey[key] = set = [];
                set.Add(page.Number);
            }
        var repeated = pagesByKey.Where(kv => kv.Value.Count >= needed).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        if (repeated.Count == 0) return;
        foreach (var page in pages)
        {
            foreach (var block in page.Blocks)
            {
                var running = block.Where(l => InMargin(l, page.Height) && repeated.Contains(Key(l.Text))).ToList();
                // PDF coordinates rise from the foot of the page: a header's lines are in its upper half.
                foreach (var line in running)
                    (line.Bottom >= page.Height / 2 ? page.DroppedTop : page.DroppedBottom).Add(Whitespace().Replace(line.Text.Trim(), " "));
                block.RemoveAll(running.Contains);
            }
            page.Blocks.RemoveAll(b => b.Count == 0);
        }
    }

    private bool InMargin(Line line, double pageHeight)
    {
        if (pageHeight <= 0) return false;
        var band = options.MarginBandShare * pageHeight;
        return line.Bottom >= pageHeight - band || line.Top <= band;
    }

    private static string Key(string text) => Digits().Replace(Whitespace().Replace(text.Trim().ToLowerInvariant(), " "), "#");

    /// <summary>The document text: blocks as paragraphs, a blank line between them; and where each page starts.</summary>
    private (string Text, IReadOnlyList<int> PageStarts) Assemble(List<PageText> pages)
    {
        var vocabulary = BuildVocabulary(pages);
        var output = new BlockTextBuilder();
        var starts = new List<int>(pages.Count);
        var lastParagraph = "";
        PageText? previousPage = null;
        foreach (var page in pages)
        {
            var pageStart = -1;
            var first = true;
            foreach (var block in page.Blocks)
            {
                foreach (var paragraph in Paragraphs(block, vocabulary))
                {
                    int start;
                    // The running footer and header between the two halves stay where the PDF has them ("No 2025/26
                    // Board paper | Page 2 of 3 allocation has been made…"): a quotation of the sentence is then the
                    // PDF's own text, as any other extraction of it reads.
                    if (first && ContinuesOverPageBreak(lastParagraph, paragraph))
                        start = output.ContinueBlock(string.Join(' ', (previousPage?.DroppedBottom ?? []).Concat(page.DroppedTop).Append(paragraph)));
                    else
                        start = output.AddBlock(paragraph);
                    if (start >= 0 && pageStart < 0) pageStart = start;
                    first = false;
                    lastParagraph = paragraph;
                }
            }
            // A page without text starts where the next text will: offsets there belong to the next page.
            starts.Add(pageStart >= 0 ? pageStart : output.Length == 0 ? 0 : output.Length + 2);
            if (page.Blocks.Count > 0) previousPage = page;
        }
        for (var i = starts.Count - 2; i >= 0; i--)
            if (starts[i] > starts[i + 1]) starts[i] = starts[i + 1];
        return (output.ToString(), starts);
    }

    /// <summary>A paragraph that stops mid-sentence at the end of a page and goes on in lower case on the next.</summary>
    private static bool ContinuesOverPageBreak(string previous, string next)
    {
        var end = previous.TrimEnd().TrimEnd('"', '\'', '”', '’', ')');
        if (end.Length == 0 || next.Length == 0) return false;
        return end[^1] is not ('.' or '!' or '?' or ':' or ';' or '…') && char.IsLower(next.TrimStart()[0]);
    }

    private IEnumerable<string> Paragraphs(List<Line> block, Vocabulary vocabulary)
    {
        var paragraph = new StringBuilder();
        Line? previous = null;
        foreach (var line in block)
        {
            var text = Whitespace().Replace(line.Text.Trim(), " ");
            if (previous is not null && (line.StartsItem || DifferentSize(previous.FontSize, line.FontSize)))
            {
                yield return paragraph.ToString();
                paragraph.Clear();
            }
            if (paragraph.Length == 0) paragraph.Append(text);
            else JoinLine(paragraph, text, vocabulary);
            previous = line;
        }
        if (paragraph.Length > 0) yield return paragraph.ToString();
    }

    private static bool DifferentSize(double a, double b) => a > 0 && b > 0 && Math.Abs(a - b) / Math.Max(a, b) > FontSizeChange;

    /// <summary>
    /// Joins the next line of a paragraph: with a space, or, after a word broken with a hyphen, without one. The
    /// hyphen stays when the word is a compound ("long-term" written whole elsewhere in the document, already
    /// hyphenated like "state-of-", or a common compound head like "long-"); otherwise it was the line break's.
    /// </summary>
    private void JoinLine(StringBuilder paragraph, string next, Vocabulary vocabulary)
    {
        var last = paragraph[^1];
        var broken = options.JoinHyphenatedWords && last is '-' or '\u00AD' or '\u2010' && paragraph.Length > 1 && char.IsLetter(paragraph[^2])
                     && next.Length > 0 && char.IsLower(next[0]);
        if (!broken)
        {
            paragraph.Append(' ').Append(next);
            return;
        }
        var wordStart = paragraph.Length - 1;
        while (wordStart > 0 && !char.IsWhiteSpace(paragraph[wordStart - 1])) wordStart--;
        var head = paragraph.ToString(wordStart, paragraph.Length - 1 - wordStart);
        var tail = WordCharacters().Match(next).Value;
        var compound = Normalise($"{head}-{tail}");
        var joined = Normalise(head + tail);
        bool keepHyphen;
        if (last == '\u00AD') keepHyphen = false;
        else if (vocabulary.Words.Contains(compound)) keepHyphen = true;
        else if (vocabulary.Words.Contains(joined)) keepHyphen = false;
        else if (head.Contains('-') || IsCommonCompoundHead(head)) keepHyphen = true;
        // Nothing in the document tells: a document that hyphenates words elsewhere did so here too; one that
        // never does (most word processors' default) only breaks lines after the hyphens of compounds.
        else keepHyphen = !vocabulary.Hyphenates;
        if (!keepHyphen)
        {
            paragraph.Length--;
            paragraph.Append(next);
            return;
        }
        // A compound keeps its line break after the hyphen: "ever-" + "changing" is "ever-\nchanging", which reads
        // and tokenises as "ever-changing" and is what independent extractors (pdftotext) give for the same lines.
        // Not after a short line, though, which the sentence splitter would take for the end of a paragraph.
        var lineStart = paragraph.ToString().LastIndexOf('\n') + 1;
        if (paragraph.Length - lineStart >= MinLineBeforeKeptBreak) paragraph.Append('\n');
        paragraph.Append(next);
    }

    // Words that start compounds far more often than they end a line broken mid-word.
    private static bool IsCommonCompoundHead(string head) => CompoundHeads().IsMatch(head);

    /// <summary>
    /// Every word the document writes whole inside a line, to tell "long-term" from "trans-formation"; and whether
    /// the document hyphenates words at line ends at all (a soft hyphen, or a broken word written whole elsewhere).
    /// </summary>
    private sealed record Vocabulary(HashSet<string> Words, bool Hyphenates);

    private static Vocabulary BuildVocabulary(List<PageText> pages)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lines = pages.SelectMany(p => p.Blocks).SelectMany(b => b).Select(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var tokens in lines)
            // The last word of a line may be a broken one; it is not evidence of how the word is written.
            for (var i = 0; i < tokens.Length - 1; i++) words.Add(Normalise(tokens[i]));
        var hyphenates = false;
        for (var i = 0; i + 1 < lines.Count && !hyphenates; i++)
        {
            if (lines[i].Length == 0 || lines[i + 1].Length == 0) continue;
            var last = lines[i][^1];
            if (last.EndsWith('\u00AD')) hyphenates = true;
            else if (last.Length > 2 && last[^1] == '-' && char.IsLetter(last[^2]) && char.IsLower(lines[i + 1][0][0]))
                hyphenates = words.Contains(Normalise(last[..^1] + WordCharacters().Match(lines[i + 1][0]).Value))
                             && !words.Contains(Normalise(last + WordCharacters().Match(lines[i + 1][0]).Value));
        }
        return new Vocabulary(words, hyphenates);
    }

    private static string Normalise(string word) => word.Trim().Trim('.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')').ToLowerInvariant();

    private static DocumentMetadata Metadata(PdfDocument pdf)
    {
        var information = pdf.Information;
        var title = NonBlank(information.Title);
        if (title is not null)
        {
            // "Microsoft Word - board paper.docx": the file it was printed from, not a title.
            title = WordPrintPrefix().Replace(title, "");
            if (FileNameLike().IsMatch(title)) title = null;
        }
        var speakers = NonBlank(information.Author) is { } author && !PersonNames.NamesNobody(author)
            ? PersonNames.InSpeakerField(author).Select(PersonNames.Clean).Where(a => a.Length > 0).ToList()
            : [];
        DateOnly? date = null;
        try
        {
            if (information.GetCreatedDateTimeOffset() is { } created) date = DateOnly.FromDateTime(created.UtcDateTime);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // Read leniently below.
        }
        // Writers bend the date syntax ("D:20240312093000Z'" from LibreOffice): the day is read from its digits.
        if (date is null && PdfDate().Match(information.CreationDate ?? "") is { Success: true } m
            && DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", out var lenient))
            date = lenient;
        return new DocumentMetadata(title, speakers, date, null, null, null, 0);
    }

    // How far into the text a "Published …" line still belongs to the title block.
    private const int PublishedLineWithin = 600;

    /// <summary>
    /// The date the opening states: a "Published …" line, else a line ending in a date, else a month alone on the cover
    /// ("November 2025" under a strategy's title), which is its publication month and is shown as a month.
    /// </summary>
    private static (DateOnly Date, bool MonthOnly)? PublishedOrDated(string text)
    {
        var published = PublishedLine().Match(text[..Math.Min(text.Length, PublishedLineWithin)]);
        if (published.Success && FrontMatterReader.ParseDate(published.Groups["date"].Value) is { } date)
            return (date, FrontMatterReader.IsMonthOnly(published.Groups["date"].Value));
        return FrontMatterReader.StatedDate(text);
    }

    // At a line's or a sentence's start ("Ordered … to be printed 1 July 2025. Published on 9 July 2025 by authority of the House").
    [GeneratedRegex(@"(?m)(?:^|(?<=[.!?]\s))\s*(?:Published|Date of publication|Publication date)\s*:?\s*(?:on\s+)?(?<date>(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})(?:\s*$|\s+by\b|\s*[.,;])", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"^[\p{L}\p{N}]+")]
    private static partial Regex WordCharacters();

    [GeneratedRegex(@"^Microsoft (?:Word|PowerPoint) - ")]
    private static partial Regex WordPrintPrefix();

    [GeneratedRegex(@"(?i)^[\w .-]+\.(?:docx?|odt|rtf|pptx?|txt|pdf)$")]
    private static partial Regex FileNameLike();

    [GeneratedRegex(@"(?i)^(?:long|short|well|self|non|co|cross|e|x|high|low|full|part|real|one|two|three|four|five|ten|multi|pre|post|anti|inter|world|data|patient|user|cost|time|evidence|tech|up|out|long|year|day|front|back|end|state|side|face)$")]
    private static partial Regex CompoundHeads();
}
