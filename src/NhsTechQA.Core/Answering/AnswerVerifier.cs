using System.Text.RegularExpressions;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>A numbered passage given to a language model, with what it may be cited for.</summary>
public sealed record Passage(int N, RankedSentence Source, string Text, string? Speaker, string? Event);

/// <summary>One sentence of a model's answer after verification, with the passage numbers it cites.</summary>
public sealed record VerifiedSentence(string Text, IReadOnlyList<int> Cites, bool Supported, string? Reason);

public sealed record VerificationResult(IReadOnlyList<VerifiedSentence> Sentences, int UnknownMarkersRemoved)
{
    public IReadOnlyList<VerifiedSentence> Kept => Sentences.Where(s => s.Supported).ToList();
    public IReadOnlyList<VerifiedSentence> Dropped => Sentences.Where(s => !s.Supported).ToList();
}

/// <summary>
/// Checks every sentence a model wrote against the passages it cites: it must cite a passage that was given, its
/// content words must mostly occur there, and every number, amount and name in it must occur there too (a claim
/// such as "£1 billion" that no cited passage carries is dropped, however fluent).
/// </summary>
public sealed partial class AnswerVerifier(LexicalIndex analyzer, VerificationOptions options)
{
    private static readonly HashSet<string> NotContent = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "ad", "note", "highlight", "also", "he", "she", "they", "speech", "spoke", "speak", "talk",
        "describ", "accord", "mention", "explain", "stat", "remark", "passag", "speaker", "state",
    };

    public VerificationResult Verify(string answer, IReadOnlyList<Passage> passages)
    {
        var byNumber = passages.ToDictionary(p => p.N);
        var unknown = 0;
        var sentences = new List<VerifiedSentence>();
        foreach (var (text, markers) in SplitWithMarkers(answer))
        {
            var cites = new List<int>();
            foreach (var n in markers)
            {
                if (byNumber.ContainsKey(n)) { if (!cites.Contains(n)) cites.Add(n); }
                else unknown++;
            }
            var reason = Unsupported(text, cites.Select(n => byNumber[n]).ToList());
            sentences.Add(new VerifiedSentence(text, cites, reason is null, reason));
        }
        return new VerificationResult(sentences, unknown);
    }

    private string? Unsupported(string sentence, IReadOnlyList<Passage> cited)
    {
        if (cited.Count == 0) return "cites no given passage";
        var evidence = Apostrophes(string.Join("\n", cited.Select(p => $"{p.Text}\n{p.Speaker}\n{p.Event}")));
        sentence = Apostrophes(sentence);
        foreach (Match number in Number().Matches(sentence))
            if (!Regex.IsMatch(evidence, $@"(?<![\d.,]){Regex.Escape(number.Value.TrimEnd('.', ','))}(?![\d])"))
                return $"number {number.Value} is not in the cited passages";
        foreach (Match magnitude in Magnitude().Matches(sentence))
            if (!evidence.Contains(magnitude.Value, StringComparison.OrdinalIgnoreCase))
                return $"'{magnitude.Value}' is not in the cited passages";
        foreach (Match name in CapitalisedWord().Matches(sentence))
        {
            if (IsSentenceStart(sentence, name.Index)) continue;
            var bare = name.Value.EndsWith("'s", StringComparison.Ordinal) ? name.Value[..^2] : name.Value.TrimEnd('\'');
            if (!evidence.Contains(bare, StringComparison.Ordinal))
                return $"'{bare}' is not in the cited passages";
        }
        var terms = analyzer.Analyze(sentence).Where(t => !NotContent.Contains(t) && !t.All(char.IsDigit)).Distinct().ToList();
        if (terms.Count == 0) return null;
        var evidenceTerms = analyzer.Analyze(evidence).ToHashSet(StringComparer.Ordinal);
        // Weighted by specificity: a rare word the passages lack ("chatbots") is a new claim; a common one is phrasing.
        var weights = terms.ToDictionary(t => t, analyzer.InverseDocumentFrequency);
        var overlap = terms.Where(evidenceTerms.Contains).Sum(t => weights[t]) / terms.Sum(t => weights[t]);
        return overlap >= options.MinTermOverlap ? null : $"only {overlap:P0} of its content (IDF-weighted) is in the cited passages";
    }

    private static string Apostrophes(string text) => text.Replace('’', '\'').Replace('‘', '\'');

    /// <summary>Sentences with the [n] markers that follow or end them; markers opening a sentence belong to the one before.</summary>
    private static List<(string Text, List<int> Markers)> SplitWithMarkers(string answer)
    {
        var result = new List<(string Text, List<int> Markers)>();
        foreach (var span in TextSplitter.SplitSentences(answer))
        {
            var raw = answer[span.Start..span.End];
            var leading = LeadingMarkers().Match(raw);
            if (leading.Success && leading.Length > 0 && result.Count > 0)
            {
                result[^1].Markers.AddRange(Numbers(leading.Value));
                raw = raw[leading.Length..];
            }
            if (raw.Trim().Length == 0) continue;
            var markers = Numbers(raw);
            var text = Whitespace().Replace(Marker().Replace(raw, ""), " ").Trim();
            text = SpaceBeforePunctuation().Replace(text, "$1");
            if (text.Length > 0) result.Add((text, markers));
            else if (result.Count > 0) result[^1].Markers.AddRange(markers);
        }
        return result;
    }

    private static List<int> Numbers(string text) =>
        Marker().Matches(text).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => int.TryParse(v, out var n) ? n : -1).ToList();

    private static bool IsSentenceStart(string text, int index)
    {
        var before = Marker().Replace(text[..index], "").TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':' or '“' or '"' or '(';
    }

    [GeneratedRegex(@"\[(\d+(?:\s*,\s*\d+)*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:\[\d+(?:\s*,\s*\d+)*\]\s*)+")]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex(@"(?<![\[\d])\d[\d,]*(?:\.\d+)?(?![\d\]])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:thousand|million|billion|trillion|percent|per cent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}’'\-]*")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
