using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>Whether the retrieved sentences answer the question, and if not, which of its topics the corpus lacks.</summary>
/// <summary><see cref="TopicElsewhere"/>: every missing term occurs somewhere in the corpus, just not in the passages that qualify.</summary>
public sealed record AnswerabilityVerdict(bool Answerable, double Coverage, double BestDense, IReadOnlyList<string> MissingTopics, bool TopicElsewhere = false);

/// <summary>
/// Decides between answering and abstaining. Similarity alone separates poorly (an off-topic question still has a
/// nearest sentence), so it combines: a name the corpus never mentions, the share of the question's specific terms
/// (IDF-weighted) found in the sentences that would be cited, and the best dense similarity.
/// </summary>
public sealed class AnswerabilityPolicy(SearchContext context, AnsweringOptions options)
{
    public AnswerabilityVerdict Judge(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        // Words someone else said do not answer a question about a named person.
        if (question.Speakers.Count > 0)
            selected = selected.Where(s => s.Sentence.Speaker is { } speaker && question.Speakers.Contains(speaker)).ToList();
        var bestDense = selected.Count > 0 ? selected.Max(s => s.Dense) : 0;
        var missing = question.KeyTerms.Where(t => !IsCovered(t, selected)).ToList();
        var missingTopics = missing.Where(t => t.Surface.All(c => char.IsLetter(c) || c is '-' or '’' or '\''))
            .Select(t => t.Surface).ToList();
        if (selected.Count == 0) return new AnswerabilityVerdict(false, 0, bestDense, missingTopics);
        // A person, place or programme the corpus never mentions cannot be answered about.
        if (question.KeyTerms.Any(t => t.LooksLikeName && !t.InCorpus && t.Alternatives.Count == 0))
            return new AnswerabilityVerdict(false, 0, bestDense, question.KeyTerms.Where(t => t.LooksLikeName && !t.InCorpus).Select(t => t.Surface).ToList());
        // A named thing the question asks about ("the NHS App") must be in the passages that would answer it.
        if (missing.Any(t => t.LooksLikeName))
            return new AnswerabilityVerdict(false, 0, bestDense, missing.Where(t => t.LooksLikeName).Select(t => t.Surface).ToList(), TopicElsewhere: true);
        if (question.KeyTerms.Count == 0)
            return new AnswerabilityVerdict(question.Speakers.Count > 0, 1, bestDense, []);
        // Numbers in a question are often its premise ("he promised £10 billion?"): searched for, but not required.
        var topical = question.KeyTerms.Where(t => !t.Term.Any(char.IsDigit)).ToList();
        if (topical.Count == 0) return new AnswerabilityVerdict(true, 1, bestDense, []);
        var total = topical.Sum(t => t.Weight);
        var coverage = total > 0 ? topical.Except(missing).Sum(t => t.Weight) / total : 0;
        var answerable = coverage >= options.MinTermCoverage
                         || (coverage >= options.LowCoverageFloor && bestDense >= options.MinDenseForLowCoverage);
        return new AnswerabilityVerdict(answerable, coverage, bestDense, missingTopics, missing.Count > 0 && missing.All(t => t.InCorpus));
    }

    private bool IsCovered(KeyTerm term, IReadOnlyList<RankedSentence> selected) =>
        selected.Any(s => context.Covers(s.Sentence.Id, term));
}
