using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion;

/// <summary>A span of a document's text, before attribution.</summary>
public readonly record struct TextSpan(int Start, int End, int Paragraph);

/// <summary>
/// Splits a document into paragraphs (line breaks) and sentences, keeping exact offsets so that every
/// citation can be a verbatim slice of the file.
/// </summary>
public static class TextSplitter
{
    // Abbreviations after which a full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "sir", "rt", "hon", "no", "vs", "etc", "e.g", "i.e", "eg", "ie",
        "approx", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private const string ClosingMarks = "\"'”’)]";
    private const string ClosingMarksAndEmphasis = ClosingMarks + "*_";

    // A line at least this long that stops mid-sentence was wrapped by its author's editor, not ended.
    private const int WrappedLineMinLength = 40;

    /// <param name="from">Where the body starts (after front matter); nothing before it is split.</param>
    public static IReadOnlyList<TextSpan> SplitSentences(string text, int from = 0)
    {
        var sentences = new List<TextSpan>();
        var paragraph = 0;
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = LogicalLineEnd(text, lineStart);
            if (AddLine(text, lineStart, lineEnd, paragraph, sentences)) paragraph++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /// <summary>
    /// The end of a paragraph line. Hard-wrapped text (press releases, e-mails) breaks sentences across lines; a long
    /// line that does not end a sentence continues on the next non-blank line unless that one starts a list item.
    /// </summary>
    private static int LogicalLineEnd(string text, int start)
    {
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) return text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            var next = end + 1;
            var nextEnd = text.IndexOf('\n', next);
            var nextLine = text.AsSpan(next, (nextEnd < 0 ? text.Length : nextEnd) - next).Trim();
            if (nextLine.Length == 0 || line.Length == 0 || EndsSentence(line) || StartsListItem(nextLine)) return end;
            // The next line carries on the sentence when it starts in lower case ("his first health\ntechnology-focused"),
            // or a long line breaks after a comma; a capitalised line after a caption or heading is a new one.
            if (!char.IsLower(nextLine[0]) && !(line.Length >= WrappedLineMinLength && line[^1] is ',' or '–' or '—')) return end;
            start = next;
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(ClosingMarks);
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':' or ';' or '…';
    }

    private static bool StartsListItem(ReadOnlySpan<char> line) =>
        line[0] is '-' or '*' or '•' or '#' or '|' or '>' || (char.IsDigit(line[0]) && line.IndexOfAny('.', ')') is > 0 and < 4);

    private static bool AddLine(string text, int start, int end, int paragraph, List<TextSpan> sentences)
    {
        var before = sentences.Count;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (!IsTerminal(text, i, end)) continue;
            var stop = i + 1;
            while (stop < end && ClosingMarks.Contains(text[stop])) stop++;
            if (stop < end && !char.IsWhiteSpace(text[stop])) continue;
            if (!StartsNewSentence(text, stop, end)) continue;
            AddTrimmed(text, sentenceStart, stop, paragraph, sentences);
            sentenceStart = stop;
            i = stop - 1;
        }
        AddTrimmed(text, sentenceStart, end, paragraph, sentences);
        return sentences.Count > before;
    }

    private static bool IsTerminal(string text, int i, int end)
    {
        var c = text[i];
        if (c is '!' or '?' or '…') return true;
        if (c != '.') return false;
        // Decimal numbers (£33.9 billion) and initials inside words are not sentence ends.
        if (i + 1 < end && char.IsLetterOrDigit(text[i + 1])) return false;
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..i];
        if (Abbreviations.Contains(word)) return false;
        // A single capital letter followed by a full stop is an initial (J. Smith).
        return !(word.Length == 1 && char.IsUpper(word[0]));
    }

    private static bool StartsNewSentence(string text, int from, int end)
    {
        var j = from;
        while (j < end && char.IsWhiteSpace(text[j])) j++;
        if (j >= end) return true;
        var c = text[j];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[' or '£' or '$' or '€';
    }

    private static void AddTrimmed(string text, int start, int end, int paragraph, List<TextSpan> sentences)
    {
        while (start < end && IsBlank(text[start])) start++;
        // Markdown list and heading markers are layout, not words anyone said.
        while (start + 1 < end && text[start] is '-' or '*' or '•' or '#' or '>' && (text[start + 1] is ' ' or '#'))
        {
            start++;
            while (start < end && IsBlank(text[start])) start++;
        }
        while (end > start && IsBlank(text[end - 1])) end--;
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t\r\uFEFF"))
            sentences.Add(new TextSpan(start, end, paragraph));
    }

    // A line without a sentence's closing punctuation is still a sentence when it is this long (a cut-off one).
    private const int ProseMinWords = 20;

    /// <summary>
    /// Whether a span is a sentence rather than a heading, a name line or a date line: used by attribution (headings
    /// are nobody's words) and by ranking (headings match a question's names and say nothing).
    /// </summary>
    public static bool IsProse(string sentence)
    {
        var mark = LastMark(sentence);
        if (mark == '\0') return false;
        var words = sentence.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        return mark is '.' or '!' or '?' or ':' or ';' or '…' || words >= ProseMinWords;
    }

    /// <summary>
    /// A line that names rather than says: not prose, unless it is a table row or list item that states a figure or a
    /// date in a sentence's worth of lower-case words ("4 Patients able to view pathology results in the NHS App by
    /// April 2027"); "4. Workforce" and "Digital Diagnostics Plan 2025–2028" remain headings.
    /// </summary>
    public static bool LooksLikeHeading(string sentence)
    {
        if (IsProse(sentence)) return false;
        var words = sentence.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        var statesFigure = sentence.Any(char.IsDigit) && words.Count >= StatementMinWords && words.Count(w => char.IsUpper(w[0])) * 2 <= words.Count;
        return !statesFigure;
    }

    // A row or item of fewer words than this is a label, whatever it holds.
    private const int StatementMinWords = 8;

    /// <summary>The last character of a sentence inside any closing quote marks or brackets ('?' for "…cost?”"); '\0' when there is none.</summary>
    public static char LastMark(string sentence)
    {
        // Markdown emphasis in a plain-text file ("**Has the fund helped?**") is not the sentence's last mark.
        var trimmed = sentence.TrimEnd().TrimEnd(ClosingMarksAndEmphasis);
        return trimmed.Length == 0 ? '\0' : trimmed[^1];
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
