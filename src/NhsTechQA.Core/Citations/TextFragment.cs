using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Citations;

/// <summary>
/// A text directive of the URL Fragment Text Directives specification (WICG "Text Fragments"):
/// <c>text=[prefix-,]textStart[,textEnd][,-suffix]</c>. The terms are held decoded; <see cref="ToString"/> encodes them.
/// </summary>
public sealed record TextDirective(string TextStart, string? TextEnd = null, string? Prefix = null, string? Suffix = null)
{
    public override string ToString()
    {
        var directive = new StringBuilder("text=");
        if (Prefix is not null) directive.Append(TextFragment.Encode(Prefix)).Append("-,");
        directive.Append(TextFragment.Encode(TextStart));
        if (TextEnd is not null) directive.Append(',').Append(TextFragment.Encode(TextEnd));
        if (Suffix is not null) directive.Append(",-").Append(TextFragment.Encode(Suffix));
        return directive.ToString();
    }

    /// <summary>
    /// The specification's "parse a text directive" steps, after checking the TextDirective production of its
    /// grammar; null when the input is not a valid text directive.
    /// </summary>
    public static TextDirective? Parse(string input)
    {
        if (!input.StartsWith("text=", StringComparison.Ordinal)) return null;
        var tokens = input[5..].Split(',').ToList();
        if (tokens.Count is < 1 or > 4) return null;
        string? prefix = null, suffix = null;
        if (tokens[0].EndsWith('-'))
        {
            prefix = tokens[0][..^1];
            tokens.RemoveAt(0);
        }
        if (tokens.Count > 0 && tokens[^1].StartsWith('-'))
        {
            suffix = tokens[^1][1..];
            tokens.RemoveAt(tokens.Count - 1);
        }
        if (tokens.Count is not (1 or 2)) return null;
        if (!tokens.All(IsTextDirectiveString) || (prefix is not null && !IsTextDirectiveString(prefix))
            || (suffix is not null && !IsTextDirectiveString(suffix))) return null;
        return new TextDirective(TextFragment.Decode(tokens[0]), tokens.Count == 2 ? TextFragment.Decode(tokens[1]) : null,
            prefix is null ? null : TextFragment.Decode(prefix), suffix is null ? null : TextFragment.Decode(suffix));
    }

    /// <summary>The TextDirectiveString production: one or more explicit characters or percent-encoded bytes ('-', ',' and '&amp;' are not explicit).</summary>
    private static bool IsTextDirectiveString(string token)
    {
        if (token.Length == 0) return false;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '%')
            {
                if (i + 2 >= token.Length || !char.IsAsciiHexDigit(token[i + 1]) || !char.IsAsciiHexDigit(token[i + 2])) return false;
                i += 2;
            }
            else if (token[i] > 0x7F || !TextFragment.IsExplicitChar((byte)token[i])) return false;
        }
        return true;
    }
}

/// <summary>
/// Builds links to an exact passage of a web page with a text fragment (<c>#:~:text=…</c>), following the URL
/// Fragment Text Directives specification: terms percent-encoded (everything but its TextDirectiveExplicitChar set,
/// so '-', ',' and '&amp;' are always encoded), an exact match for short quotes and <c>textStart,textEnd</c> for long
/// ones (its "Generating Text Fragment Directives" recommendations), and <c>prefix-,</c> / <c>,-suffix</c> context
/// only when the quote would otherwise find an earlier or different occurrence in the document.
/// </summary>
/// <remarks>
/// Whether a directive is unambiguous is decided by <see cref="Find"/>, the specification's "find a range from a text
/// directive" run over the document's text as one flat string: case- and accent-insensitive, any run of whitespace
/// matching a space, and starts and ends of terms at word boundaries. Block boundaries of a rendered page are not known
/// here, so a term is never taken across a line break.
/// </remarks>
public static class TextFragment
{
    private static readonly ConditionalWeakTable<string, string> FoldedTexts = new();

    /// <summary>The TextDirectiveExplicitChar production: [a-zA-Z0-9] ! $ ' ( ) * + . / : ; = ? @ _ ~</summary>
    public static bool IsExplicitChar(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'!' or (byte)'$' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*' or (byte)'+' or (byte)'.'
            or (byte)'/' or (byte)':' or (byte)';' or (byte)'=' or (byte)'?' or (byte)'@' or (byte)'_' or (byte)'~';

    /// <summary>UTF-8 percent-encodes every byte that is not a TextDirectiveExplicitChar.</summary>
    public static string Encode(string term)
    {
        var encoded = new StringBuilder(term.Length * 3 / 2);
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            if (IsExplicitChar(b)) encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }

    public static string Decode(string term) => Uri.UnescapeDataString(term);

    /// <summary>The URL with the directive in its fragment directive (after any existing fragment, per the specification).</summary>
    public static string AppendTo(string url, TextDirective directive)
    {
        if (!url.Contains('#')) return $"{url}#:~:{directive}";
        return url.Contains(":~:", StringComparison.Ordinal) ? $"{url}&{directive}" : $"{url}:~:{directive}";
    }

    /// <summary>
    /// The shortest directive (by the rules above) whose first match in <paramref name="text"/> is the span
    /// [<paramref name="start"/>, <paramref name="end"/>). When no context of up to FragmentMaxContextWords words
    /// singles it out (the same passage repeated with the same surroundings), the one with the most context.
    /// </summary>
    public static TextDirective Create(string text, int start, int end, LinksOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end) throw new ArgumentException($"the span {start}-{end} holds no text");
        var quote = CollapseWhitespace(text[start..end]);
        var words = quote.Split(' ');
        var rangeWords = Math.Max(1, options.FragmentRangeWords);
        var core = quote.Length <= options.FragmentExactMaxChars || words.Length <= 2 * rangeWords
            ? new TextDirective(quote)
            : new TextDirective(string.Join(' ', words[..rangeWords]), string.Join(' ', words[^rangeWords..]));
        if (Find(text, core) == (start, end)) return core;

        var best = core;
        string? lastPrefix = null, lastSuffix = null;
        for (var count = 1; count <= options.FragmentMaxContextWords; count++)
        {
            var prefix = PrefixWords(text, start, count);
            var suffix = SuffixWords(text, end, count);
            if (count > 1 && prefix == lastPrefix && suffix == lastSuffix) break;
            (lastPrefix, lastSuffix) = (prefix, suffix);
            TextDirective?[] candidates =
            [
                prefix is null ? null : core with { Prefix = prefix },
                suffix is null ? null : core with { Suffix = suffix },
                prefix is null || suffix is null ? null : core with { Prefix = prefix, Suffix = suffix },
            ];
            foreach (var candidate in candidates)
            {
                if (candidate is null) continue;
                best = candidate;
                if (Find(text, candidate) == (start, end)) return candidate;
            }
        }
        return best;
    }

    /// <summary>
    /// Where a browser following the directive would land in <paramref name="text"/>: the specification's "find a
    /// range from a text directive" over the text as one flat string. Null when nothing matches.
    /// </summary>
    public static (int Start, int End)? Find(string text, TextDirective directive)
    {
        var folded = FoldedTexts.GetValue(text, Fold);
        var textStart = FoldTerm(directive.TextStart);
        var textEnd = directive.TextEnd is null ? null : FoldTerm(directive.TextEnd);
        var prefix = directive.Prefix is null ? null : FoldTerm(directive.Prefix);
        var suffix = directive.Suffix is null ? null : FoldTerm(directive.Suffix);
        if (textStart.Length == 0 || textEnd?.Length == 0 || prefix?.Length == 0 || suffix?.Length == 0) return null;
        var mustEndAtWordBoundary = textEnd is not null || suffix is null;
        var searchStart = 0;
        while (searchStart < folded.Length)
        {
            (int Start, int End) match;
            if (prefix is not null)
            {
                if (FindTerm(folded, prefix, searchStart, wordStartBounded: true, wordEndBounded: false) is not { } prefixMatch) return null;
                searchStart = prefixMatch.Start + 1;
                var matchStart = SkipWhitespace(folded, prefixMatch.End);
                if (matchStart >= folded.Length) return null;
                // The specification finds the next textStart and continues when it is not right here; checking right
                // here gives the same answer without rescanning the rest of the text for every prefix occurrence.
                if (!MatchesAt(folded, matchStart, textStart, mustEndAtWordBoundary, out var potentialEnd)) continue;
                match = (matchStart, potentialEnd);
            }
            else
            {
                if (FindTerm(folded, textStart, searchStart, wordStartBounded: true, mustEndAtWordBoundary) is not { } potential) return null;
                searchStart = potential.Start + 1;
                match = potential;
            }
            var rangeEndStart = match.End;
            while (true)
            {
                if (textEnd is not null)
                {
                    if (rangeEndStart >= folded.Length) return null;
                    if (FindTerm(folded, textEnd, rangeEndStart, wordStartBounded: true, wordEndBounded: suffix is null) is not { } endMatch) return null;
                    match.End = endMatch.End;
                }
                if (suffix is null) return match;
                if (MatchesAt(folded, SkipWhitespace(folded, match.End), suffix, wordEndBounded: true, out _)) return match;
                if (textEnd is null) break;
                rangeEndStart = match.End;
            }
        }
        return null;
    }

    /// <summary>Up to <paramref name="count"/> whitespace-separated words just before the span, from its own line.</summary>
    private static string? PrefixWords(string text, int start, int count)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0) return null;
        var lineStart = text.LastIndexOf('\n', end - 1) + 1;
        var words = text[lineStart..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words[Math.Max(0, words.Length - count)..]);
    }

    /// <summary>Up to <paramref name="count"/> whitespace-separated words just after the span, from its own line.</summary>
    private static string? SuffixWords(string text, int end, int count)
    {
        var start = end;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start == text.Length) return null;
        var lineEnd = text.IndexOf('\n', start);
        var words = text[start..(lineEnd < 0 ? text.Length : lineEnd)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words[..Math.Min(count, words.Length)]);
    }

    private static string CollapseWhitespace(string s)
    {
        var collapsed = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c)) space = true;
            else
            {
                if (space) collapsed.Append(' ');
                space = false;
                collapsed.Append(c);
            }
        }
        return collapsed.ToString();
    }

    private static string FoldTerm(string term) => Fold(CollapseWhitespace(term));

    /// <summary>
    /// One character for one: lower case without accents (an approximation of the primary-strength comparison the
    /// specification asks for) and every whitespace character as a space, so offsets stay those of the text.
    /// </summary>
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
    });

    private static readonly Lazy<char[]> FoldTable = new(() =>
    {
        var table = new char[0x3000];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (char.IsWhiteSpace(ch)) { table[c] = ' '; continue; }
            if (char.IsSurrogate(ch) || !char.IsLetter(ch)) { table[c] = char.ToLowerInvariant(ch); continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(decomposed[0]);
        }
        return table;
    });

    private static char FoldChar(char c) =>
        c < 0x3000 ? FoldTable.Value[c] : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);

    private static int SkipWhitespace(string folded, int position)
    {
        while (position < folded.Length && folded[position] == ' ') position++;
        return position;
    }

    /// <summary>The first occurrence of a folded term at or after <paramref name="from"/>; a space in the term matches any run of whitespace.</summary>
    private static (int Start, int End)? FindTerm(string folded, string term, int from, bool wordStartBounded, bool wordEndBounded)
    {
        for (var i = from; i < folded.Length; i++)
        {
            i = folded.IndexOf(term[0], i);
            if (i < 0) return null;
            var end = MatchAt(folded, i, term);
            if (end < 0) continue;
            if (wordStartBounded && !IsWordBoundary(folded, i)) continue;
            if (wordEndBounded && !IsWordBoundary(folded, end)) continue;
            return (i, end);
        }
        return null;
    }

    private static bool MatchesAt(string folded, int position, string term, bool wordEndBounded, out int end)
    {
        end = position < folded.Length ? MatchAt(folded, position, term) : -1;
        return end >= 0 && (!wordEndBounded || IsWordBoundary(folded, end));
    }

    private static int MatchAt(string folded, int position, string term)
    {
        foreach (var c in term)
        {
            if (position >= folded.Length) return -1;
            if (c == ' ')
            {
                if (folded[position] != ' ') return -1;
                position = SkipWhitespace(folded, position);
            }
            else if (folded[position++] != c) return -1;
        }
        return position;
    }

    /// <summary>
    /// Whether a position is at a word boundary (Unicode UAX #29's default rules, the common cases): not between two
    /// letters or digits, nor inside "don't", "e.g" or "1,000".
    /// </summary>
    public static bool IsWordBoundary(string s, int position)
    {
        if (position <= 0 || position >= s.Length) return true;
        char before = s[position - 1], after = s[position];
        if (IsWordChar(before) && IsWordChar(after)) return false;
        if (IsMidLetter(after) && position + 1 < s.Length && IsWordChar(before) && IsWordChar(s[position + 1])
            && SameKind(before, s[position + 1], after)) return false;
        if (IsMidLetter(before) && position >= 2 && IsWordChar(s[position - 2]) && IsWordChar(after)
            && SameKind(s[position - 2], after, before)) return false;
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsMidLetter(char c) => c is '\'' or '\u2019' or '.' or ':' or '\u00B7' or ',' or ';';

    /// <summary>Letters join across ' ’ . : ·, digits across ' ’ . , ; (MidLetter, MidNumLet and MidNum).</summary>
    private static bool SameKind(char left, char right, char middle) =>
        (char.IsLetter(left) && char.IsLetter(right) && middle is '\'' or '\u2019' or '.' or ':' or '\u00B7')
        || (char.IsDigit(left) && char.IsDigit(right) && middle is '\'' or '\u2019' or '.' or ',' or ';');
}
