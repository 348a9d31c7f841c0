using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// The passage of an undated document that places it in time: a date in its text ("this morning (18 December)") or
/// a day it speaks of as the present ("the attack President Putin has unleashed on them today"). Many transcripts and
/// reports reach users without a date in their metadata; "when did he give that speech?" is then answered by what
/// the speech itself says about when it was given.
/// </summary>
public static partial class TimeAnchors
{
    /// <summary>
    /// The document's sentences that date it: the first of each kind, strongest kind first (explicit dates, the day it
    /// speaks of as the present, weekdays, the month or year it speaks of: "a year this month since the attack"), then
    /// the rest in the same order.
    /// Empty when the document has a date of its own (its metadata answers) or none of its sentences dates it.
    /// </summary>
    public static IReadOnlyList<Sentence> In(CorpusIndex index, string sourceId)
    {
        if (index.Document(sourceId).Metadata.Date is not null) return [];
        var sentences = index.Sentences.Where(s => s.SourceId == sourceId).ToList();
        // A weekday alone ("on Monday we published…") only places the occasion within a week of another day.
        Regex[] tiers = [ExplicitDate(), PresentDay(), Weekday(), PresentMonth()];
        var byTier = tiers.Select(tier => sentences.Where(s => tier.IsMatch(index.TextOf(s))).ToList()).ToList();
        // Clues of different kinds first ("this morning", then "a year this month since the attack"): two of one kind
        // tell the asker little more than one.
        return byTier.Where(t => t.Count > 0).Select(t => t[0]).Concat(byTier.SelectMany(t => t)).Distinct().ToList();
    }

    /// <summary>
    /// "When did he give that speech?", "when was this said?": the question asks when something was said, not when a
    /// thing it speaks of happens ("when is the review due to report?"), which only the text can answer.
    /// </summary>
    public static bool AsksWhenSaid(string question) => WhenSaid().IsMatch(question);

    [GeneratedRegex(@"\bwhen (?:did|was|were)\b.*\b(?:say|said|tell|told|give|gave|giving|make|made|deliver(?:ed)?|speech|talk|evidence|remarks|announce[ds]?|speak|spoke|address|interview|statement|write|wrote|publish(?:ed)?|promise[ds]?|pledge[ds]?|warn(?:ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenSaid();

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";

    [GeneratedRegex($@"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{Month}\b|\b{Month}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b{Month}\s+(?:19|20)\d\d\b")]
    private static partial Regex ExplicitDate();

    // "On Monday we published…", not "at three o'clock on a Sunday morning" or "every Friday" (any such day).
    [GeneratedRegex(@"(?<!\b(?:a|an|every|each|any|one|most|some)\s)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:night|week))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentDay();

    [GeneratedRegex(@"\b(?:this|last) (?:month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentMonth();
}
