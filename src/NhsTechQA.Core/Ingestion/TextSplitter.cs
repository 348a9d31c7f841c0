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

    public static IReadOnlyList<TextSpan> SplitSentences(string text)
    {
        var sentences = new List<TextSpan>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (AddLine(text, lineStart, lineEnd, paragraph, sentences)) paragraph++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

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
        while (end > start && IsBlank(text[end - 1])) end--;
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t\r\uFEFF"))
            sentences.Add(new TextSpan(start, end, paragraph));
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
