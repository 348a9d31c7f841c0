using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// Keeps a cited sentence with the one that completes or contradicts it in the same person's words ("…tech is often
/// the first thing to go." + "That is not my approach."), so no quotation is cut where its meaning turns. The unit is
/// one citation spanning both sentences: still an exact span of the document.
/// </summary>
public static partial class QuotationUnits
{
    private const int ShortSentenceWords = 8;
    private const int MaxFollowers = 2;

    /// <param name="paragraphChars">
    /// When above zero, a unit then takes in the rest of its paragraph in the same person's words while the whole stays
    /// within this many characters: the sentence that matched the question best is often not the one with the detail
    /// asked for ("received £2.6 million in the first round." + "That is paying for the slide scanners…").
    /// </param>
    public static IReadOnlyList<Sentence> Expand(SearchContext context, IReadOnlyList<Sentence> cited, int paragraphChars = 0)
    {
        var index = context.Index;
        var result = new List<Sentence>(cited.Count);
        var claimed = cited.Select(c => c.Id).ToHashSet();
        foreach (var sentence in cited)
        {
            var unit = sentence;
            var last = sentence;
            // A unit grows by at most MaxFollowers sentences: "I told you 62 per cent." + "That was last year's
            // figure." + "The current figure is 71 per cent." (past the first, only while the last one added is short).
            for (var added = 0; added < MaxFollowers && last.Id + 1 < index.Sentences.Count; added++)
            {
                var next = index.Sentences[last.Id + 1];
                if (next.SourceId != sentence.SourceId || next.Speaker != sentence.Speaker || cited.Any(c => c.Id == next.Id))
                    break;
                // A report of what someone said followed by their own words ("Pike said her trust welcomed the plan but
                // warned …" + "“Until the app can see real capacity …,” she said."): the words are what bear the report out.
                // Their words run on through the paragraph, past where a quotation closes with "she said".
                var ownWords = sentence.Kind == AttributionKind.Reported
                    && (added == 0 ? next.Kind == AttributionKind.Direct && next.Paragraph - sentence.Paragraph <= 1
                        : next.Paragraph == last.Paragraph && (next.Kind == AttributionKind.Direct || SpeakerAttributor.QuoteOpenAfter(index.TextOf(unit), false)));
                if (!ownWords && (next.Paragraph != sentence.Paragraph || !((added == 0 && Turns(index.TextOf(next))) || Announces(index.TextOf(last)))))
                    break;
                unit = unit with { End = next.End };
                last = next;
                claimed.Add(next.Id);
            }
            result.Add(paragraphChars > 0 ? WithParagraph(index, sentence, last, unit, claimed, paragraphChars) : unit);
        }
        return result;
    }

    /// <summary>
    /// The unit grown over its paragraph's neighbouring sentences of the same speaker (following ones first, where a
    /// detail usually is), never over a sentence another unit has, and never past <paramref name="maxChars"/>.
    /// </summary>
    private static Sentence WithParagraph(CorpusIndex index, Sentence first, Sentence last, Sentence unit, HashSet<int> claimed, int maxChars)
    {
        bool Joins(int id) => id >= 0 && id < index.Sentences.Count && !claimed.Contains(id)
            && index.Sentences[id] is var s && s.SourceId == first.SourceId && s.Paragraph == first.Paragraph && s.Speaker == first.Speaker;
        while (Joins(last.Id + 1) && index.Sentences[last.Id + 1].End - unit.Start <= maxChars)
        {
            last = index.Sentences[last.Id + 1];
            claimed.Add(last.Id);
            unit = unit with { End = last.End };
        }
        while (Joins(first.Id - 1) && unit.End - index.Sentences[first.Id - 1].Start <= maxChars)
        {
            first = index.Sentences[first.Id - 1];
            claimed.Add(first.Id);
            unit = unit with { Start = first.Start };
        }
        return unit;
    }

    /// <summary>
    /// A short sentence, one that opens by turning on what came before ("But", "That is not…"), one that says what it
    /// means ("This means…"), or a brief denial of it ("I am not going to pretend that will happen.").
    /// </summary>
    private static bool Turns(string text)
    {
        var words = WordCount(text);
        return Contrast().IsMatch(text) || Elaborates().IsMatch(text) || words <= ShortSentenceWords || (words <= BriefDenialWords && Negation().IsMatch(text));
    }

    // "…robot-assisted surgery. As I understand it, this can both lead to quicker healing…": a sentence whose subject
    // points back at the cited one says what it means, and without it the citation shows only the topic.
    [GeneratedRegex(@"^\W*(?:[^,.;:]{0,40},\s*)?(?:this|that|these|which)\s+(?:(?:also|both|in turn|alone)\s+)?(?:can|could|will|would|may|might|means|meant|mean|is|was|are|were|has|have|had|allows|allowed|lets|let|gives|gave|helps|helped|makes|made|leads|led|lead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elaborates();

    private const int BriefDenialWords = 12;

    /// <summary>
    /// A short sentence that only announces what comes next ("So I am replacing the March 2024 target.", "Here is
    /// what we found."): quoted alone it gives the topic without the substance, which the next sentence carries.
    /// </summary>
    private static bool Announces(string text) => WordCount(text) <= ShortSentenceWords && !text.TrimEnd().EndsWith('?');

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\b(?:not|never|no longer|cannot)\b|n[’']t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\W*(?:but|however|yet|that is not|that isn’t|that isn't|this is not|not|nor|except|unless|although|though|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();
}
