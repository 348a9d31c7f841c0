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
    /// <summary>
    /// Each signal with the way it may move the answer: +1 only ever towards answering (more of the question covered),
    /// -1 only towards refusing (a missing name, an opposite word), 0 either way. The fit keeps each weight on its
    /// side: a weight that flips sign to fit one data set's quirks would reward a worse match on the next.
    /// </summary>
    private static readonly (string Name, int Direction)[] Signals =
    [
        ("coverage_cited", 1), ("coverage_best", 1), ("max_missing_idf", -1), ("absent_from_corpus", -1), ("best_dense", 1),
        ("dense_margin", 1), ("answer_type_present", 1), ("expects_type", 0), ("names_missing", -1), ("scoped_words_found", 1),
        ("key_terms", 0), ("lexical_best", 1), ("missing_in_best", -1), ("rarest_missing_in_best", -1), ("missing_said_elsewhere", -1),
        ("negation_mismatch", -1), ("numbers_missing_in_best", -1), ("best_new_words", 0), ("coverage_window", 1),
        ("scoped_rarest_unspoken", -1), ("opposite_word", -1), ("person_found", 1), ("detail_missing", -1), ("year_missing", -1),
        ("other_said_more", -1),
    ];

    public static readonly IReadOnlyList<string> Names = Signals.Select(s => s.Name).ToArray();

    public static readonly IReadOnlyList<int> Directions = Signals.Select(s => s.Direction).ToArray();

    public static double[] Compute(SearchContext context, AnalyzedQuestion question, IReadOnlyList<RankedSentence> ranked,
        IReadOnlyList<RankedSentence> selected)
    {
        // A follow-up ("and how much of it is already locked in?") is about the previous question's topic too: its own
        // words are often the asker's idiom, and a passage that carries the topic it continues is the more likely answer.
        // The previous topic counts where it is found, never as missing: "and what guarantee does she want?" is
        // answered by a sentence about the guarantee, not one that repeats where the scribe is going.
        var topical = question.PreviousTerms.Count == 0 ? question.TopicalTerms
            : question.TopicalTerms.Concat(question.PreviousTerms.Where(p => !p.Term.Any(char.IsDigit) && !p.LooksLikeName
                && selected.Any(s => context.CoversInContext(s.Sentence.Id, p)))).DistinctBy(t => t.Term).ToList();
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
            // SQuAD-style unanswerables often add or drop a negation of the sentence they were written from.
            // Not for a yes/no question: "Is it going to set up a national database?" is answered by "We are not building one".
            // A "not" counts only in a clause with the question's words: "we ran a survey of 2,300 members, and 64 per
            // cent had never heard of it" answers "how many members did the survey cover?", and "the training time is
            // estimated at £640,000 and is not included in the business case" answers what the training will cost.
            // Nor for "who said…?": the asker retells the words ("turn down the kit" for "say no"), and a retelling
            // turns a negation round as often as not.
            !Polar().IsMatch(question.SearchText) && !question.AsksWhoSaid
            && Negated(question.SearchText) != (best is not null && NegatedNear(context, topical, bestText)) ? 1 : 0,
            // A number or year the question gives that the best passage lacks: a swapped detail.
            // "Within 3 months" is given as "within 90 days", "10 yrs ago" as "a decade ago": the same length in another unit.
            best is null ? 0 : Math.Min(2, question.KeyTerms.Count(t => t.Term.Any(char.IsDigit) && !context.CoversInContext(best.Sentence.Id, t)
                && !SameLengthOfTime(question.SearchText, t.Surface, bestText))),
            // What the best sentence says beyond the question's own words: an answer needs something new.
            best is null ? 0 : NewWordShare(context, question, best.Sentence.Id),
            // The best sentence with its neighbours: a swapped word is often nowhere near, a paraphrase's word close by.
            best is null ? 0 : WindowCoverage(context, topical, total, best.Sentence.Id),
            // A question about someone's words whose rarest word (found in the documents) that person never uses.
            ScopedRarestUnspoken(context, question) ? 1 : 0,
            // The best sentence says the opposite of a question word ("unable" for "able", "beginning" for "end").
            best is null ? 0 : HasOpposite(question.AskedWords, WordsOf(bestText)) ? 1 : 0,
            // The question names a person and the best passage is theirs (or a report of them): a question about what
            // someone said is asked in the asker's words, not theirs, so low word coverage there is no sign of a miss.
            // So is a reply to the person the question says was spoken to ("what did the minister tell her?").
            best is not null && ((question.Speakers.Count > 0 && context.Speakers.Speaks(best.Sentence, question.Speakers))
                                 || (question.Addressees.Count > 0 && context.RepliesTo(best.Sentence, question.Addressees))) ? 1 : 0,
            // "How much" with no amount, "when" with no date, in any cited sentence or its document's date: the two
            // kinds of detail the text reliably shows (a person or a reason it does not).
            (question.Expected is ExpectedAnswer.Quantity or ExpectedAnswer.Money or ExpectedAnswer.Date) && !selected.Any(s => CarriesDetail(context, question, s)) ? 1 : 0,
            // A year the question names ("in the 2018 debate") that neither the best sentence nor its document's date
            // has: a different occasion from the one asked about. An undated report cannot say so: there, another cited
            // passage of a document dated that year (the Hansard the report quotes) places the occasion.
            best is not null && question.KeyTerms.Any(t => Year().IsMatch(t.Term) && !context.CoversInContext(best.Sentence.Id, t)
                && !(Undated(context, best) && selected.Any(s => !Undated(context, s) && context.CoversInContext(s.Sentence.Id, t)))) ? 1 : 0,
            // How much more of the question's topic (by weight) one other person speaks of than the person asked about:
            // "what did Hancock say about seven passwords?" when Streeting is the one who spoke of passwords. Words no
            // document uses (the asker's paraphrase) count for nobody.
            OtherSaidMore(context, question),
        ];
    }

    private static bool Undated(SearchContext context, RankedSentence sentence) =>
        context.Index.Document(sentence.Sentence.SourceId).Metadata.Date is null;

    /// <remarks>
    /// The other person's words are measured paragraph by paragraph, not over everything they ever said: a minister's
    /// long speech has most common words somewhere, and what shows that someone else spoke of the topic is one passage
    /// of theirs that has more of it than everything the person asked about said.
    /// </remarks>
    private static double OtherSaidMore(SearchContext context, AnalyzedQuestion question)
    {
        if (!question.ScopedToSpeakers) return 0;
        var topic = ScopedTopic(question).Where(t => t.InCorpus).ToList();
        var total = topic.Sum(t => t.Weight);
        if (total <= 0) return 0;
        var own = topic.Where(t => context.SpeakersEverSay(question.Speakers, t)).Sum(t => t.Weight);
        var others = context.SentencesWithAny(topic).Select(id => context.Index.Sentences[id])
            .Where(s => s.Speaker is not null && !context.Speakers.IsOneOf(s.Speaker, question.Speakers))
            .GroupBy(s => (s.SourceId, s.Paragraph, Speaker: context.Speakers.Canonical(s.Speaker!)))
            .Select(passage => topic.Where(t => passage.Any(s => context.Covers(s.Id, t))).Sum(t => t.Weight))
            .DefaultIfEmpty(0).Max();
        return Math.Max(0, others - own) / total;
    }

    /// <summary>The words of a question about someone's words that say what it is about: not names, not "the cost".</summary>
    /// <remarks>A follow-up ("what's her main worry about it?") is also about the previous question's topic.</remarks>
    private static List<KeyTerm> ScopedTopic(AnalyzedQuestion question) =>
        question.SubjectTerms.Concat(question.PreviousTerms.Where(p => !p.Term.Any(char.IsDigit)))
            .Where(t => !t.LooksLikeName).DistinctBy(t => t.Term).ToList();

    // Common English opposites, in both directions: general language, like a stop-word list, not any corpus's vocabulary.
    private static readonly Dictionary<string, string[]> Opposites = BuildOpposites([
        ("before", "after"), ("first", "last"), ("beginning", "end"), ("start", "end"), ("early", "late"), ("earliest", "latest"),
        ("increase", "decrease"), ("increased", "decreased"), ("rise", "fall"), ("rose", "fell"), ("more", "less"), ("most", "least"),
        ("largest", "smallest"), ("larger", "smaller"), ("highest", "lowest"), ("higher", "lower"), ("maximum", "minimum"),
        ("north", "south"), ("east", "west"), ("northern", "southern"), ("eastern", "western"), ("won", "lost"), ("win", "lose"),
        ("success", "failure"), ("accepted", "rejected"), ("allowed", "forbidden"), ("public", "private"), ("upper", "lower"),
        ("inside", "outside"), ("major", "minor"), ("always", "never"), ("old", "new"), ("oldest", "newest"), ("young", "old"),
        ("youngest", "oldest"), ("long", "short"), ("longest", "shortest"), ("best", "worst"), ("better", "worse"),
        ("strong", "weak"), ("gain", "loss"), ("gained", "lost"), ("import", "export"), ("imports", "exports"), ("above", "below"),
        // One ordinal for another: "the second wave" is not "the first wave".
        .. OrdinalPairs(["first", "second", "third", "fourth", "fifth", "sixth", "final"])]);

    private static IEnumerable<(string A, string B)> OrdinalPairs(string[] ordinals) =>
        ordinals.SelectMany((a, i) => ordinals.Skip(i + 1).Select(b => (a, b)));

    private static readonly string[] NegatingPrefixes = ["un", "in", "im", "il", "ir", "dis", "non", "non-"];

    private static Dictionary<string, string[]> BuildOpposites((string A, string B)[] pairs) =>
        pairs.SelectMany(p => new[] { (p.A, p.B), (p.B, p.A) }).GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Item2).ToArray(), StringComparer.Ordinal);

    /// <summary>A question word the sentence lacks while it has the word's opposite, by a negating prefix or a common pair.</summary>
    public static bool HasOpposite(IReadOnlySet<string> asked, IReadOnlySet<string> sentence) =>
        asked.Where(w => w.Length > 2 && !sentence.Contains(w)).Any(w =>
            (Opposites.TryGetValue(w, out var opposites) && opposites.Any(sentence.Contains))
            || NegatingPrefixes.Any(p => sentence.Contains(p + w) || (w.StartsWith(p, StringComparison.Ordinal) && w.Length - p.Length > 3 && sentence.Contains(w[p.Length..]))));

    /// <summary>
    /// The sentence says the opposite of one of the question's phrases: it has "East Midlands" where the question asks
    /// about the West Midlands, "with nursing" where it asks "without nursing" (an opposite before the same word), and
    /// never the phrase asked. On every labelled set this marks only questions the documents do not answer.
    /// </summary>
    public static bool OppositePhrase(string question, string sentence)
    {
        var asked = Words().Matches(question).Select(m => m.Value.ToLowerInvariant()).ToList();
        var said = Words().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        var saidPairs = said.Zip(said.Skip(1)).ToHashSet();
        return asked.Zip(asked.Skip(1)).Any(pair => !saidPairs.Contains(pair) && PhraseOpposites(pair.First).Any(o => saidPairs.Contains((o, pair.Second))));
    }

    private static IEnumerable<string> PhraseOpposites(string word) =>
        (Opposites.TryGetValue(word, out var opposites) ? opposites : []).Concat(word switch { "with" => ["without"], "without" => ["with"], _ => [] });

    private static bool Negated(string text) => Negation().IsMatch(text);

    /// <summary>Whether a clause of the text that has one of the terms is negated.</summary>
    private static bool NegatedNear(SearchContext context, IReadOnlyList<KeyTerm> terms, string text) =>
        ClauseBreak().Split(text).Any(clause => Negated(clause) && context.Sentences.Lexical.Analyze(clause).Any(w => terms.Any(t => t.AllTerms.Contains(w))));

    private static double NewWordShare(SearchContext context, AnalyzedQuestion question, int sentenceId)
    {
        var terms = context.SentenceTerms[sentenceId];
        if (terms.Count == 0) return 0;
        var asked = question.KeyTerms.SelectMany(t => t.AllTerms).ToHashSet(StringComparer.Ordinal);
        return terms.Count(t => !asked.Contains(t)) / (double)terms.Count;
    }

    private static double WindowCoverage(SearchContext context, IReadOnlyList<KeyTerm> topical, double total, int sentenceId)
    {
        if (total <= 0) return 1;
        var sentences = context.Index.Sentences;
        var source = sentences[sentenceId].SourceId;
        var window = Enumerable.Range(sentenceId - 2, 5).Where(i => i >= 0 && i < sentences.Count && sentences[i].SourceId == source).ToList();
        return topical.Where(t => window.Any(i => context.CoversInContext(i, t))).Sum(t => t.Weight) / total;
    }

    /// <summary>Whether an analysed term is a year (1500–2099).</summary>
    public static bool IsYear(string term) => Year().IsMatch(term);

    /// <summary>
    /// Whether a cited sentence gives the detail asked for: in its text, or for a date, its document's date. Not for a
    /// date still to come ("what date does bidding open?", "when will it start?"): the day a document is dated is not it.
    /// </summary>
    public static bool CarriesDetail(SearchContext context, AnalyzedQuestion question, RankedSentence sentence) =>
        HasExpectedAnswer(question, context.Index.TextOf(sentence.Sentence))
        || (question.Expected == ExpectedAnswer.Date && !AsksAhead().IsMatch(question.SearchText)
            && context.Index.Document(sentence.Sentence.SourceId).Metadata.Date is not null);

    [GeneratedRegex(@"\b(?:when|what (?:date|day|month|year)|which (?:date|day|month|year))\s+(?:will|is|are|does|do|should|shall)\b|\b(?:will|going to|due to|expected to|meant to|supposed to|set to|planned to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAhead();

    private static bool ScopedRarestUnspoken(SearchContext context, AnalyzedQuestion question)
    {
        if (!question.ScopedToSpeakers) return false;
        var rarest = question.TopicalTerms.Where(t => t.InCorpus && !t.LooksLikeName).OrderByDescending(t => t.Weight).FirstOrDefault();
        return rarest is not null && !context.SpeakersEverSay(question.Speakers, rarest);
    }

    /// <summary>Whether a sentence carries the kind of thing the question asks for, beyond the words of the question itself.</summary>
    public static bool HasExpectedAnswer(AnalyzedQuestion question, string sentence)
    {
        bool New(Match m) => !question.AskedWords.Contains(m.Value.ToLowerInvariant());
        // A name of the question's own ("the Northern Coast Maternity Network") is not the organisation asked for.
        bool NewName(Match m) => m.Index > 0 && WordsOf(m.Value).All(w => !question.AskedWords.Contains(w));
        return question.Expected switch
        {
            // "How long…", "how quickly…" asks for a length of time: "day one" or "two systems" is not one.
            ExpectedAnswer.Quantity when AsksDuration(question.SearchText) => Duration().Matches(sentence).Any(New),
            ExpectedAnswer.Quantity => Quantity().Matches(sentence).Any(New),
            // "How much of the £48m fund…" is not answered by "£48 million": the same sum, written another way.
            ExpectedAnswer.Money => Money().Matches(sentence).Any(m => New(m) && !question.AskedSums.Contains(SumOf(m.Value) ?? double.NaN)),
            ExpectedAnswer.Organisation => CapitalisedRun().Matches(sentence).Any(NewName),
            // A company is a name with a company's ending ("Scribewell Ltd", "Corvane Health Systems") or one the sentence
            // calls a company, supplier or the like: "the AI Diagnostic Triage Fund" or a minister's name is not one.
            ExpectedAnswer.Company => CapitalisedRun().Matches(sentence).Any(m => NewName(m) && (CompanyEnding().IsMatch(m.Value) || CompanyWord().IsMatch(sentence))),
            ExpectedAnswer.Date => DateLike().Matches(sentence).Any(New),
            ExpectedAnswer.Person or ExpectedAnswer.Place => Capitalised().Matches(sentence).Any(m => New(m) && m.Index > 0),
            ExpectedAnswer.Reason => Reason().IsMatch(sentence),
            _ => true,
        };
    }

    /// <summary>Whether a length of time the question gives with this number ("3 months") is one the text gives in other units ("90 days").</summary>
    public static bool SameLengthOfTime(string question, string number, string text)
    {
        var asked = LengthsOfTime(question).Where(l => l.Number == number).Select(l => l.Days).ToList();
        if (asked.Count == 0) return false;
        var given = LengthsOfTime(text).Select(l => l.Days).ToList();
        return asked.Any(a => given.Any(g => Math.Abs(a - g) <= a * 0.1));
    }

    private static IEnumerable<(string Number, double Days)> LengthsOfTime(string text) =>
        LengthOfTime().Matches(text).Select(m => (Number: m.Groups["n"].Value, Value: NumberWords.ValueOf(m.Groups["n"].Value), Unit: m.Groups["unit"].Value.ToLowerInvariant()))
            .Where(l => l.Value is not null)
            .Select(l => (l.Number, l.Value!.Value * (l.Unit.TrimEnd('s') switch
            {
                "day" => 1, "week" or "wk" => 7, "fortnight" => 14, "month" or "mth" => 365.25 / 12, "year" or "yr" => 365.25, "decade" => 3652.5, _ => 0,
            })));

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?|\b[A-Za-z]+)[\s\-](?<unit>days?|weeks?|wks?|fortnights?|months?|mths?|years?|yrs?|decades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LengthOfTime();

    /// <summary>A question about a length of time: "how long…", "how quickly…", "how soon…", "how fast…".</summary>
    public static bool AsksDuration(string question) => DurationQuestion().IsMatch(question);

    [GeneratedRegex(@"\bhow (?:long|quickly|soon|fast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationQuestion();

    // A length of time ("within 24 hours", "nine days", "a fortnight", "under ten weeks") or an end point ("until 1pm on Tuesday").
    [GeneratedRegex(@"(?:\d[\d,\.]*|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|sixty|ninety|hundred|few|several|couple of))[\s\-]?(?:working |calendar |clear |full )?(?:seconds?|minutes?|mins|hours?|hrs|days?|weeks?|fortnights?|months?|years?|quarters?)\b|\bfortnight\b|\bovernight\b|\bsame day\b|\b(?:half|twice|double|a third|a quarter)\s+(?:the|as)\s+(?:time|long)\b|\b(?:longer|shorter|faster|quicker|sooner)\b|\b(?:until|till|up to)\s+(?:\d|the end|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|midnight|noon)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>The sums of money a text gives, as values.</summary>
    public static IReadOnlySet<double> SumsOf(string text) => Money().Matches(text).Select(m => SumOf(m.Value)).OfType<double>().ToHashSet();

    /// <summary>The value of a sum of money as written ("£48m", "£48 million", "£1.2bn"); null when it gives no figure.</summary>
    public static double? SumOf(string sum)
    {
        var figure = SumFigure().Match(sum);
        if (!figure.Success || !double.TryParse(figure.Groups["n"].Value.Replace(",", ""), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var value)) return null;
        return figure.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "m" or "million" => value * 1e6,
            "bn" or "billion" => value * 1e9,
            "k" or "thousand" => value * 1e3,
            _ => value,
        };
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s?(?<unit>m|bn|k|million|billion|thousand)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SumFigure();

    /// <summary>The words of a text in lower case, as <see cref="HasExpectedAnswer"/> compares them.</summary>
    public static IReadOnlySet<string> WordsOf(string text) =>
        Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:not|never|no|none|nor|nobody|nothing|without|cannot)\b|n[’']t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    /// <summary>A question answered yes or no: "did he give a figure?", "has the minister said…?".</summary>
    public static bool IsPolar(string question) => Polar().IsMatch(question);

    [GeneratedRegex(@"[,;:–—]\s*|\s+(?:and|but|which|who|whose|that|where|because|while|although|whereas|so|unless|until)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Polar();

    [GeneratedRegex(@"^(?:1[5-9]|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"[\p{L}\p{N}£$€%]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[£$€]?\d[\d,\.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|third|quarter|dozen|dozens|percent|per cent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    // An amount of money, or "free" (the price of what costs nothing).
    [GeneratedRegex(@"[£$€¥]\s?\d[\d,\.]*(?:\s?(?:m|bn|k|million|billion|thousand)\b)?|(?:\d[\d,\.]*|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|several))\s?(?:(?:hundred|thousand|million|billion|trillion)\s)?(?:pounds|dollars|euros|francs|marks|yen|pence|guineas|shillings|bn)\b|\b(?:free of charge|free|no charge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}’'\-]+(?:\s+(?:of|and|for|the|&)?\s*\p{Lu}[\p{L}’'\-]+)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC|Corp|Corporation|Group|Systems|Technologies|Technology|Software|Solutions|Labs|Healthcare|Medical|Analytics|Networks)$")]
    private static partial Regex CompanyEnding();

    [GeneratedRegex(@"\b(?:company|companies|firm|firms|suppl(?:y|ies|ied|ying|ier|iers)|vendors?|manufactur\w*|providers?|develop(?:er|ers|ed)|makers?|made by|built by|start-?ups?|contract(?:or|ors|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyWord();

    // A date that places something in time: a year, a day of a month, a named month or weekday, "three years ago".
    // "Today" or "this week" says when only relative to a document's own date, so it does not answer "when"; a
    // season or year ahead does ("from this autumn", "by next spring", "later this year"): a plan's timing.
    [GeneratedRegex(@"\b(?:this|next|from|by|until|till|early|late|later)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b|\b(?:next|later this|end of (?:this|the|next)) year\b|\b(?:1\d{3}|20\d{2})s?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|century|centuries|decade|decades|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}’'\-]+\b")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(?:because|due to|so that|in order to|as a result|reason|cause|caused|led to|result of|since|owing to|thanks to|meant that|so we|so I|to make|to ensure|to help)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}
