using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Retrieval;

/// <summary>The people the corpus attributes words to, found in a question by full name, name without title, or surname.</summary>
public sealed partial class SpeakerDirectory
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    public SpeakerDirectory(IEnumerable<Sentence> sentences)
    {
        var names = sentences.Select(s => s.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Speakers = names;
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            var words = name.Split(' ');
            _aliases.TryAdd(name, name);
            if (words.Length > 1) _aliases.TryAdd(string.Join(' ', words.Skip(1)), name);
            _aliases.TryAdd(words[^1], name);
        }
    }

    public IReadOnlyList<string> Speakers { get; }

    /// <summary>Every alias word (lower case), so that names are not counted as a question's topic.</summary>
    public IEnumerable<string> AliasWords => _aliases.Keys.SelectMany(a => a.Split(' ')).Select(w => w.ToLowerInvariant()).Distinct();

    /// <summary>Speakers named in a text, in order of first mention.</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var found = new List<(int Position, string Speaker)>();
        foreach (Match m in Word().Matches(text))
        {
            // Try the longest alias starting at this word first (up to three words).
            foreach (var length in new[] { 3, 2, 1 })
            {
                var phrase = Phrase(text, m, length);
                if (phrase is null || !_aliases.TryGetValue(phrase, out var speaker)) continue;
                if (found.All(f => f.Speaker != speaker)) found.Add((m.Index, speaker));
                break;
            }
        }
        return found.OrderBy(f => f.Position).Select(f => f.Speaker).ToList();
    }

    private static string? Phrase(string text, Match first, int words)
    {
        var current = first;
        var parts = new List<string> { first.Value };
        for (var i = 1; i < words; i++)
        {
            current = current.NextMatch();
            if (!current.Success) return null;
            parts.Add(current.Value);
        }
        // Possessive forms name the same person (Barclay's, Barclay’s).
        parts[^1] = PossessiveSuffix().Replace(parts[^1], "");
        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}’'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[’']s?$")]
    private static partial Regex PossessiveSuffix();
}
