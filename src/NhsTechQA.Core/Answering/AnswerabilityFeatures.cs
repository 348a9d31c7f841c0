using System.Text.RegularExpressions;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// The signals an answer-or-refuse decision is fitted on, each chosen because it generalises beyond any corpus:
/// how much of the question's specific vocabulary the cited text carries (and the rarest word it lacks), whether the
/// kind of thing asked for (a date, an amount, a person) is there, how near and how distinctive the best passage is,
/// and, for a question about someone's words, whether any of their words were found.
/// </summary>
public static partial class AnswerabilityFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "coverage_cited", "coverage_best", "max_missing_idf", "absent_from_corpus", "best_dense", "dense_margin",
        "answer_type_present", "expects_type", "names_missing", "scoped_words_found", "key_terms", "lexical_best",
        "missing_in_best", "rarest_missing_in_best", "missing_said_elsewhere",
    ];

    public static double[] Compute(SearchContext context, AnalyzedQuestion question, IReadOnlyList<RankedSentence> ranked,
        IReadOnlyList<RankedSentence> selected)
    {
        var topical = question.TopicalTerms;
        var total = topical.Sum(t => t.Weight);
        var maxIdf = Math.Log(1 + (context.Index.Sentences.Count + 0.5) / 0.5);
        double Coverage(IEnumerable<RankedSentence> sentences)
        {
            var list = sentences.ToList();
            return total > 0 ? topical.Where(t => list.Any(s => context.CoversInContext(s.Sentence.Id, t))).Sum(t => t.Weight) / total : 1;
        }
        var missing = topical.Where(t => !selected.Any(s => context.CoversInContext(s.Sentence.Id, t))).ToList();
        var best = selected.Count > 0 ? selected[0] : null;
        var missingInBest = best is null ? topical : topical.Where(t => !context.CoversInContext(best.Sentence.Id, t)).ToList();
        var bestText = best is null ? "" : context.Index.TextOf(best.Sentence);
        var denseTop = ranked.Select(r => r.Dense).OrderDescending().Take(5).ToList();
        var scopedFound = !question.ScopedToSpeakers || selected.Any(s => context.Speakers.Speaks(s.Sentence, question.Speakers));
        var idfSum = question.KeyTerms.Sum(t => t.Weight);
        return
        [
            Coverage(selected),
            best is null ? 0 : Coverage([best]),
            missing.Count == 0 ? 0 : missing.Max(t => t.Weight) / maxIdf,
            question.KeyTerms.Count == 0 ? 0 : question.KeyTerms.Where(t => !t.InCorpus && t.Alternatives.Count == 0).Sum(t => t.Weight) / Math.Max(idfSum, 1e-9),
            selected.Count > 0 ? selected.Max(s => s.Dense) : 0,
            denseTop.Count >= 2 ? denseTop[0] - denseTop[^1] : 0,
            question.Expected == ExpectedAnswer.Any || HasExpectedAnswer(question, bestText)
                // "Who said …?" is answered by whose words the sentence is.
                || (question.Expected == ExpectedAnswer.Person && best?.Sentence.Speaker is not null) ? 1 : 0,
            question.Expected == ExpectedAnswer.Any ? 0 : 1,
            Math.Min(3, question.KeyTerms.Count(t => t.LooksLikeName && !selected.Any(s => context.CoversInContext(s.Sentence.Id, t)))),
            scopedFound ? 1 : 0,
            Math.Log(1 + topical.Count),
            best is null || idfSum <= 0 ? 0 : Math.Min(1, best.Lexical / idfSum),
            // The best sentence alone: SQuAD-style unanswerable questions swap one word of an answerable one.
            Math.Min(5, missingInBest.Count),
            missingInBest.Count == 0 ? 0 : missingInBest.Max(t => t.Weight) / maxIdf,
            // Words the cited text lacks but other passages have: the documents speak of it, not here (someone else
            // said it, or a detail was swapped). Words no document has are more often the asker's own paraphrase.
            total > 0 ? missing.Where(t => t.InCorpus).Sum(t => t.Weight) / total : 0,
        ];
    }

    /// <summary>Whether a sentence carries the kind of thing the question asks for, beyond the words of the question itself.</summary>
    public static bool HasExpectedAnswer(AnalyzedQuestion question, string sentence)
    {
        bool New(Match m) => !question.AskedWords.Contains(m.Value.ToLowerInvariant());
        return question.Expected switch
        {
            ExpectedAnswer.Quantity => Quantity().Matches(sentence).Any(New),
            ExpectedAnswer.Date => DateLike().Matches(sentence).Any(New),
            ExpectedAnswer.Person or ExpectedAnswer.Place => Capitalised().Matches(sentence).Any(m => New(m) && m.Index > 0),
            ExpectedAnswer.Reason => Reason().IsMatch(sentence),
            _ => true,
        };
    }

    /// <summary>The words of a text in lower case, as <see cref="HasExpectedAnswer"/> compares them.</summary>
    public static IReadOnlySet<string> WordsOf(string text) =>
        Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}£$€%]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[£$€]?\d[\d,\.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|third|quarter|dozen|dozens|percent|per cent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(?:1\d{3}|20\d{2})s?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|century|centuries|decade|yesterday|today|tomorrow|week|month|year|years|morning|earlier|later|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}’'\-]+\b")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(?:because|due to|so that|in order to|as a result|reason|caused|led to|result of|since|owing to|thanks to|meant that|so we|so I|to make|to ensure|to help)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}
