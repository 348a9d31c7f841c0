using System.Text.RegularExpressions;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// How a word is written across the whole corpus. A person's name is capitalised wherever it occurs; a word that
/// merely starts a sentence ("Let", "Both") or a common noun in a heading ("Steering") also occurs in lower case.
/// This is what tells a one-word name from an ordinary word without a list of either.
/// </summary>
public sealed partial class NameEvidence
{
    private readonly Dictionary<string, int> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitalisedInside = new(StringComparer.Ordinal);

    public static NameEvidence Empty { get; } = new([]);

    public NameEvidence(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match m in Word().Matches(text))
            {
                var word = m.Value;
                if (char.IsLower(word[0])) Increment(_lower, word);
                else if (char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c)) && !AtSentenceStart(text, m.Index))
                    Increment(_capitalisedInside, word.ToLowerInvariant());
            }
        }
    }

    /// <summary>Whether a capitalised word is written like a name: never, or far less often, in lower case.</summary>
    public bool IsNameLike(string word)
    {
        var key = word.ToLowerInvariant();
        var lower = _lower.GetValueOrDefault(key);
        return lower == 0 || _capitalisedInside.GetValueOrDefault(key) >= 4 * lower;
    }

    private static void Increment(Dictionary<string, int> counts, string word) =>
        counts[word] = counts.GetValueOrDefault(word) + 1;

    private static bool AtSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '“' or '"' or '‘' or '\'' or '(' or '-' or '*' or '•')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex Word();
}
