using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>How a question ended: answered, or refused for a stated reason. Logged, tested, and shown in the JSON.</summary>
public enum AnswerStatus
{
    Answered = 0,
    RefusedNothingToAsk,
    RefusedNotEnglish,
    RefusedUnknownName,
    RefusedDidYouMean,
    RefusedNotCovered,
    RefusedDetailMissing,
    RefusedNotTheirWords,
    /// <summary>The question asks what a person said whom the documents mention but never quote or report.</summary>
    RefusedNeverQuoted,
    /// <summary>The topic is in the documents but the model is not confident they answer the question: the closest passage is shown.</summary>
    RefusedUnsure,
}

/// <summary>Whether the retrieved sentences answer the question, and if not, why.</summary>
/// <param name="MissingTopics">Question words the cited text lacks (whole words as asked, for the refusal).</param>
/// <param name="TopicElsewhere">Every missing word occurs somewhere in the corpus, just not in the passages that qualify.</param>
public sealed record AnswerabilityVerdict(bool Answerable, double Coverage, double BestDense, IReadOnlyList<string> MissingTopics, bool TopicElsewhere = false)
{
    public AnswerStatus Status { get; init; } = Answerable ? AnswerStatus.Answered : AnswerStatus.RefusedNotCovered;
    public double Probability { get; init; } = Answerable ? 1 : 0;
    public double[] Features { get; init; } = [];
    /// <summary>The clear-cut rules refused before the fitted model was asked (generative mode refuses only these before calling the model).</summary>
    public bool Clear { get; init; }

    /// <summary>The passage a refusal points to, when it is not the best-ranked one (the one that withholds the detail).</summary>
    public int? PointTo { get; init; }

    /// <summary>The passages give a figure for a part of what was asked, not the total the question asks for.</summary>
    public bool PartOnly { get; init; }
}

/// <summary>
/// Decides between answering and abstaining in two stages. Clear cases are decided by rule: nothing to search for,
/// a question not in English, a name the corpus never mentions, or a name only nearly matched. Everything else is
/// decided by the fitted <see cref="AnswerabilityModel"/> over <see cref="AnswerabilityFeatures"/>.
/// </summary>
/// <param name="paragraphChars">The paragraph fill of the passages an answer cites (<see cref="QuotationUnits.Expand"/>), so
/// a passage is judged as it would be shown.</param>
public sealed partial class AnswerabilityPolicy(SearchContext context, AnswerabilityModel model, double clearShare, double specificShare, double absentTopicShare, int paragraphChars)
{
    private static readonly int AnswerTypePresent = Index("answer_type_present");
    private static readonly int ScopedWordsFound = Index("scoped_words_found");
    private static readonly int OtherSaidMore = Index("other_said_more");

    private static int Index(string feature) => AnswerabilityFeatures.Names.ToList().IndexOf(feature);

    public AnswerabilityVerdict Judge(AnalyzedQuestion question, IReadOnlyList<RankedSentence> ranked, IReadOnlyList<RankedSentence> selected)
    {
        var missing = question.TopicalTerms.Where(t => !selected.Any(s => context.CoversInContext(s.Sentence.Id, t))).ToList();
        var missingTopics = missing.Where(t => t.Surface.All(c => char.IsLetter(c) || c is '-' or '’' or '\'' or ' '))
            .Select(t => t.Surface).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var bestDense = selected.Count > 0 ? selected.Max(s => s.Dense) : 0;
        AnswerabilityVerdict Refuse(AnswerStatus status, IReadOnlyList<string> topics) =>
            new(false, 0, bestDense, topics) { Status = status, Clear = true };
        if (question.NotEnglish) return Refuse(AnswerStatus.RefusedNotEnglish, []);
        if (question.Unsure is not null) return Refuse(AnswerStatus.RefusedDidYouMean, [question.Unsure.Asked]);
        if (question.SearchText.Length == 0 || (question.KeyTerms.Count == 0 && question.Speakers.Count == 0) || selected.Count == 0)
            return Refuse(question.SearchText.Length == 0 ? AnswerStatus.RefusedNothingToAsk : AnswerStatus.RefusedNotCovered, missingTopics);
        // A person, place or programme the corpus never mentions cannot be answered about.
        var unknownNames = question.KeyTerms.Where(t => t.LooksLikeName && !t.InCorpus && t.Alternatives.Count == 0).Select(t => t.Surface).ToList();
        if (unknownNames.Count > 0) return Refuse(AnswerStatus.RefusedUnknownName, unknownNames);
        // "What did Osei say about remote monitoring?" when the documents mention Dr Harriet Osei but never give her
        // words: another speaker's sentence about her is not what she said.
        if (question.AsksForWords && question.Speakers.Count == 0
            && question.KeyTerms.Where(t => t.InCorpus).Select(context.MentionedPerson).FirstOrDefault(p => p is not null) is { } unquoted)
            return Refuse(AnswerStatus.RefusedNeverQuoted, [unquoted]);
        // "What have ministers said about blockchain?" when no document uses any of the question's specific words: the
        // documents do not discuss it (the same test as for one person's words below, over everyone's).
        // Not when a cited sentence has all the question's other topic words, two or more: then the absent ones are more
        // likely the asker's own ("has she said virtual wards are doing what they were meant to?"), left to the model.
        // Nor in a follow-up about the previous topic ("when's he saying they'll reconsider?"): the topic is there, and
        // a word of the follow-up's own no document uses is the asker's ("reconsider" for "consider the matter again").
        if (!question.ScopedToSpeakers && question.Speakers.Count == 0 && question.PreviousTerms.Count == 0 && Specific(question) is { Count: > 0 } absent
            && absent.All(t => !t.InCorpus && t.Alternatives.Count == 0) && !RestFoundTogether(question, selected))
            return Refuse(AnswerStatus.RefusedNotCovered, missingTopics);
        // "What did X say about the NHS App?" when nothing X said, and no report about X, names it: clearly not their words.
        // A name in the description of a document they speak in is theirs ("Wren's speech at the Northern Health Tech Forum").
        // Nor can their words answer when they never use any of the question's specific words ("dentistry", "pensions"),
        // unless the question follows up one about them by pronoun for a detail ("did he say whether patient info was
        // taken?" after his answer on the cyber attack): the topic is theirs already, and the detail's words are the
        // asker's ("taken" for "stolen"); the model decides. "What did she say about dentistry?" names a new topic: checked.
        // A name set against the person ("…vs what NHS England offered") is the other side of a comparison, not their topic.
        if (question.ScopedToSpeakers && (question.KeyTerms.Any(t => t.LooksLikeName && t.InCorpus && !ContrastedWith(question, t) && !context.SpeakersEverSay(question.Speakers, t, inContext: true))
                                          || ((!question.SpeakersFromConversation || SaysAbout().IsMatch(question.SearchText)) && TopicSpecific(question) is { Count: > 0 } specific
                                              && !specific.Concat(question.PreviousTerms).Any(t => context.SpeakersEverSay(question.Speakers, t)))))
            // "Others in them do" only when some document has the words: of dentistry, where none does, nobody speaks.
            return Refuse(AnswerStatus.RefusedNotTheirWords, missingTopics) with
            {
                TopicElsewhere = question.SubjectTerms.Any(t => t.InCorpus || t.Alternatives.Count > 0),
            };
        // "Has any minister said anything about surgical robots to cut waiting lists?" when a large share of the
        // question's words (by weight) are words no document uses: the documents do not discuss it. Only for a question
        // about what was said on a topic (a question for a fact is often asked in the asker's own words), and after the
        // rule above, which says so of a named person in words of its own.
        if (SaysAbout().IsMatch(question.SearchText) && AbsentShare(question) >= absentTopicShare)
            return Refuse(AnswerStatus.RefusedNotCovered, missingTopics);
        // "Has anyone said when smartcards are being replaced?", "what have NHS leaders said about pagers?": a question
        // in the perfect ("has … said") asks whether anything was said at all, and when a word of its topic is in no
        // document, nothing was (of the labelled questions the model decided, 53 of the 54 such were unanswerable, the one
        // answerable only for "publicly"; a question in the past, "what did she say about…", presumes she spoke).
        // Unlike the rule above, also when a cited sentence has its other topic words together: measured both ways, that
        // exception here only answered two more unanswerable questions ("has the minister said when NHS dentists will
        // move onto electronic records?").
        // "Any word on when…", "any update on…" asks the same: whether anything has been said; so does a yes/no question
        // whether someone has set, given or published something ("has DHSC set a date for…?", "has she put a price on…?").
        if ((PerfectOfSpeech().IsMatch(question.SearchText) || QuestionAnalyzer.AsksForAnyWord(question.SearchText)) && question.SubjectTerms.Any(IsAbsentTopic))
            return Refuse(AnswerStatus.RefusedNotCovered, missingTopics);
        if (PerfectOfCommitment().Match(question.SearchText) is { Success: true } commitment
            && question.SubjectTerms.Any(t => IsAbsentTopic(t) && ContainsWord(question.SearchText[(commitment.Index + commitment.Length)..], t.Surface)))
            return Refuse(AnswerStatus.RefusedNotCovered, missingTopics);
        // "When was that?" after an answer asks only for the detail: when neither the passages nor their documents' dates
        // give it, say so and point to the passage rather than repeat the previous answer.
        var detailGiven = selected.Any(s => AnswerabilityFeatures.CarriesDetail(context, question, s));
        if (question.FollowUpDocuments.Count > 0 && question.Expected != ExpectedAnswer.Any && !detailGiven)
            return Refuse(AnswerStatus.RefusedDetailMissing, []);
        // "In the 2018 debate" when every passage found is from a dated document of another year and none mentions 2018:
        // that occasion is not in the documents, however like it the passages are.
        if (OtherOccasion(question, selected)) return Refuse(AnswerStatus.RefusedNotCovered, missingTopics);
        // "How many … as of May 2024?" when the passages give the figure "as of 31 May 2025": the same month of another
        // year, a near miss, shown as the closest passage. For undated documents too, since the passage dates itself.
        if (SameMonthOtherYear(question, selected) is { } asked) return Refuse(AnswerStatus.RefusedUnsure, [asked]);
        // "How much … in 2026-27?" when the passages give a financial year and none gives the one asked: another year's
        // figure, a near miss (on the labelled sets every question naming a financial year its passages lack is unanswerable).
        if (OtherFinancialYear(question, selected) is { } year) return Refuse(AnswerStatus.RefusedUnsure, [year]);
        // Only headings found ("Remote Monitoring: Heart Failure" over a debate): they name the topic and say nothing of it.
        if (selected.All(s => Ingestion.TextSplitter.LooksLikeHeading(context.Index.TextOf(s.Sentence))))
            return Refuse(question.ScopedToSpeakers ? AnswerStatus.RefusedNotTheirWords : AnswerStatus.RefusedNotCovered, missingTopics);
        // "How much…?" or "how many…?" when no cited passage gives any amount: the topic is there, the figure is not
        // (on SQuAD 2.0, 12 such questions are unanswerable for every answerable one).
        // The refusal points to a passage that says the detail is not given yet, if one is cited ("allocations … are
        // being finalised and will be published once…"), rather than to the best match.
        // The rank of the first cited passage that withholds the detail, or -1 (read only when a rule below needs it).
        int WithheldAt()
        {
            for (var rank = 0; rank < selected.Count; rank++)
                if (Withholds(selected[rank].Sentence, question)) return rank;
            return -1;
        }
        int? WithheldIn() => WithheldAt() is >= 0 and var at ? selected[at].Sentence.Id : null;
        if (question.Expected == ExpectedAnswer.Quantity && HowMuch().IsMatch(question.SearchText) && !detailGiven)
            return Refuse(AnswerStatus.RefusedDetailMissing, []) with { PointTo = WithheldIn() };
        // The same for "how much funding…" when no passage gives a sum of money (a count or a percentage is not one),
        // and "which company…" when no passage names an organisation beyond the question's own names.
        if (question.Expected is ExpectedAnswer.Money or ExpectedAnswer.Organisation or ExpectedAnswer.Company && !detailGiven)
            return Refuse(AnswerStatus.RefusedDetailMissing, []) with { PointTo = WithheldIn() };
        // "How much have their systems saved?" when the passage that answers says "I am not going to give a number
        // today": the detail is withheld, and the refusal says so and points there. Not "did he give a figure?", which
        // that passage does answer, nor "which witness refused to say…", which asks for a person.
        if (question.Expected is ExpectedAnswer.Quantity or ExpectedAnswer.Money or ExpectedAnswer.Date or ExpectedAnswer.Organisation or ExpectedAnswer.Company
            && !AnswerabilityFeatures.IsPolar(question.SearchText)
            && WithheldAt() is >= 0 and var withheld && (withheld == 0 || !detailGiven))
            return Refuse(AnswerStatus.RefusedDetailMissing, []) with { PointTo = selected[withheld].Sentence.Id };
        // "Does the contract have penalties for downtime?" when the passage that matches it best says "the spokesperson
        // declined to say whether the contract included penalties": whether it does is not known. Not a question about
        // the telling itself ("did he say whether data was taken?", "did she give a date?"), which that passage answers.
        if (AnswerabilityFeatures.IsPolar(question.SearchText) && !AsksAboutTelling().IsMatch(question.SearchText)
            && selected.Count > 0 && Withholds(selected[0].Sentence, question))
            return Refuse(AnswerStatus.RefusedDetailMissing, []) with { PointTo = selected[0].Sentence.Id };
        // "What's the total budget for the AI Lab?" when every passage with a figure gives one part of it ("a £140 million
        // award"): the total is not given. A figure counts as the total only where its sentence says so ("in total",
        // "overall", "a combined…"). On the labelled sets every question asking for a total amount is unanswerable.
        // The refusal points to the passage with the part's figure.
        if (question.Expected is ExpectedAnswer.Quantity or ExpectedAnswer.Money && AsksForTotal().IsMatch(question.SearchText) && detailGiven)
        {
            var figures = selected.Where(s => AnswerabilityFeatures.CarriesDetail(context, question, s)).ToList();
            if (!figures.Any(s => StatesTotal().IsMatch(context.Index.TextOf(s.Sentence))))
                return Refuse(AnswerStatus.RefusedDetailMissing, []) with { PartOnly = true, PointTo = figures[0].Sentence.Id };
        }
        // "How many trusts in Severnvale are live?" when every passage that gives a figure gives it for somewhere else
        // ("In the Pennine and Fells region, 23 of 27…"): a near miss, shown as the closest passage.
        if (question.Expected is ExpectedAnswer.Quantity or ExpectedAnswer.Money or ExpectedAnswer.Date && !AnswerabilityFeatures.IsPolar(question.SearchText)
            && NameNotWithTheDetail(question, selected) is { } elsewhere)
            return Refuse(AnswerStatus.RefusedUnsure, [elsewhere]);
        // "What did he say about the West Midlands pilot?" answered by "the East Midlands pilot": a near miss, shown
        // as the closest passage rather than given as the answer (SQuAD 2.0: 5 unanswerable, no answerable question).
        if (AnswerabilityFeatures.OppositePhrase(question.SearchText, context.Index.TextOf(selected[0].Sentence)))
            return Refuse(AnswerStatus.RefusedUnsure, missingTopics);
        // "And what did the minister tell him?" and nothing more: the turn that replies to him is the answer, whatever
        // words it shares with the question before.
        if (question.AsksForReply && context.RepliesTo(selected[0].Sentence, question.Addressees))
            return new AnswerabilityVerdict(true, 1, bestDense, []) { Status = AnswerStatus.Answered };
        var features = AnswerabilityFeatures.Compute(context, question, ranked, selected);
        var probability = model.Probability(features);
        var answerable = probability >= model.Threshold;
        var coverage = features[0];
        var status = answerable ? AnswerStatus.Answered
            // Refused, and another person speaks of the topic more: say it is not their words, so the asker can look for whose.
            : question.ScopedToSpeakers && (features[ScopedWordsFound] == 0 || features[OtherSaidMore] > 0) ? AnswerStatus.RefusedNotTheirWords
            : coverage >= 0.5 && question.Expected != ExpectedAnswer.Any && features[AnswerTypePresent] == 0 ? AnswerStatus.RefusedDetailMissing
            : coverage >= 0.5 ? AnswerStatus.RefusedUnsure
            : AnswerStatus.RefusedNotCovered;
        return new AnswerabilityVerdict(answerable, coverage, bestDense, missingTopics, missing.Count > 0 && missing.All(t => t.InCorpus))
        {
            Status = status,
            Probability = probability,
            Features = features,
            // Far below the threshold is as clear as a rule: generative mode refuses it without asking the model.
            Clear = !answerable && probability < model.Threshold * clearShare,
        };
    }

    /// <summary>
    /// The passage that would be cited for the sentence (its quotation unit, with its paragraph: "… and I will write to him with the
    /// timetable once it is agreed. I am not able to give him a date today.") says a detail is not being given. The
    /// refusal points to that same passage, so it shows the words that withhold the detail.
    /// A promise to give the detail later ("I will set out the date by which every trust must… in the plan we publish
    /// in the new year") withholds it too, unless the question asks about that promise ("when will she publish the
    /// timetable?", answered by "in the spring").
    /// </summary>
    private bool Withholds(Sentence sentence, AnalyzedQuestion question)
    {
        var unit = context.Index.TextOf(QuotationUnits.Expand(context, [sentence])[0]);
        if (WithholdsDetail().IsMatch(unit)) return true;
        // The passage as cited, with the rest of its paragraph: "We take every report seriously." then "I am not going to
        // put a figure on it" in the same turn withholds the count, unless the paragraph gives a figure itself ("the total
        // value is £6.4 million", then another detail declined). Figures in digits: "each one goes to our safety officer"
        // gives no count.
        var shown = context.Index.TextOf(QuotationUnits.Expand(context, [sentence], paragraphChars)[0]);
        if (WithholdsDetail().IsMatch(shown) && !shown.Any(char.IsDigit)) return true;
        return PromisesDetailLater().Match(unit) is { Success: true } promise
            && !question.SearchText.Contains(promise.Groups["verb"].Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A name in the question (not a person's) that no passage giving the asked detail has: not in the sentence, the
    /// paragraph before it, or its document's description. Null when some passage with the detail has every name.
    /// </summary>
    private string? NameNotWithTheDetail(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        var withDetail = selected.Where(s => AnswerabilityFeatures.CarriesDetail(context, question, s)).Select(s => s.Sentence).ToList();
        if (withDetail.Count == 0) return null;
        // A capitalised word's own name ("Wrenfield"), not the lower-case half of "AI-drafted".
        var names = question.KeyTerms.Where(t => t.LooksLikeName && t.InCorpus && !context.Speakers.FindIn(t.Surface).Any()
            && t.Surface.Split('-', ' ').Any(part => part.Length > 0 && char.IsUpper(part[0]) && context.Sentences.Lexical.Analyze(part).Contains(t.Term))).ToList();
        // Where the name is: the sentence in its context (document, speaker's role) or the paragraph before it.
        // Not where the sentence gives the figure for another of the same kind: "300 virtual ward beds in Mersefield place"
        // for "Ashby place", though the document's title names both.
        var elsewhere = names.FirstOrDefault(name =>
        {
            var kind = KindAfter(question, name);
            return !withDetail.Any(s => (context.CoversInContext(s.Id, name) || ParagraphUpTo(s).Any(id => context.Covers(id, name)))
                                        && !NamesAnotherOfTheKind(name, kind, context.Index.TextOf(s)));
        });
        // A place typed in lower case ("ashby place") that the documents only write as a name: only where every passage
        // with the detail gives it for another of that kind (whether a lower-case word is a name is less sure).
        elsewhere ??= question.KeyTerms.FirstOrDefault(t => !t.LooksLikeName && !context.Speakers.FindIn(t.Surface).Any() && context.WrittenAsName(t)
            && KindAfter(question, t) is { } kind && withDetail.All(s => NamesAnotherOfTheKind(t, kind, context.Index.TextOf(s))));
        return elsewhere?.Surface;
    }

    /// <summary>
    /// The noun the question puts after a name ("place" in "ashby place"), escaped for a pattern; null when the word
    /// after it is not one ("calderwick running the scribe").
    /// </summary>
    private static string? KindAfter(AnalyzedQuestion question, KeyTerm name)
    {
        var asked = System.Text.RegularExpressions.Regex.Match(question.SearchText, $@"\b{System.Text.RegularExpressions.Regex.Escape(name.Surface)}\s+(?<kind>\p{{Ll}}{{3,}})\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return asked.Success && !KindIsVerb().IsMatch(asked.Groups["kind"].Value) ? System.Text.RegularExpressions.Regex.Escape(asked.Groups["kind"].Value) : null;
    }

    /// <summary>
    /// Whether a sentence names another place or body of the kind the question's name is ("Mersefield place" when the
    /// question says "ashby place"), and never the one asked about with that word.
    /// </summary>
    private static bool NamesAnotherOfTheKind(KeyTerm name, string? kind, string sentence)
    {
        if (kind is null) return false;
        var escaped = System.Text.RegularExpressions.Regex.Escape(name.Surface);
        if (System.Text.RegularExpressions.Regex.IsMatch(sentence, $@"\b{escaped}\s+{kind}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)) return false;
        // The other named as a place is: after "in", "at", "for", "across" ("300 beds in Mersefield place").
        return System.Text.RegularExpressions.Regex.Matches(sentence, $@"\b(?:in|at|for|across|from|within)\s+(?:the\s+)?(?<other>\p{{Lu}}[\p{{L}}’'\-]+)\s+{kind}\b")
            .Any(m => !m.Groups["other"].Value.Equals(name.Surface, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sentence and those before it in its paragraph, nearest first.</summary>
    private IEnumerable<int> ParagraphUpTo(Sentence sentence)
    {
        var sentences = context.Index.Sentences;
        for (var id = sentence.Id; id >= 0 && sentences[id].SourceId == sentence.SourceId && sentences[id].Paragraph == sentence.Paragraph; id--)
            yield return id;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:ing|ed|s)$|^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|get|got|say|said|spend|spent|pay|paid|plan|aim)$")]
    private static partial System.Text.RegularExpressions.Regex KindIsVerb();

    private static bool ContrastedWith(AnalyzedQuestion question, KeyTerm name) =>
        System.Text.RegularExpressions.Regex.IsMatch(question.SearchText,
            $@"\b(?:vs\.?|versus|compared (?:with|to)|as opposed to)\s.*\b{System.Text.RegularExpressions.Regex.Escape(name.Surface)}\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The financial year the question names ("2026-27") when the passages name others and never it, else null.</summary>
    private string? OtherFinancialYear(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        var asked = FinancialYear().Matches(question.SearchText).ToList();
        if (asked.Count == 0) return null;
        var said = selected.SelectMany(s => FinancialYear().Matches(context.Index.TextOf(s.Sentence))).Select(m => m.Groups["start"].Value).ToList();
        return said.Count > 0 && !asked.Any(a => said.Contains(a.Groups["start"].Value)) ? asked[0].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<start>(?:19|20)\d\d)\s?[-/–]\s?(?:\d\d|(?:19|20)\d\d)\b")]
    private static partial System.Text.RegularExpressions.Regex FinancialYear();

    /// <summary>
    /// The month and year a question asks about ("as of May 2024"), when no cited passage has that year, nor a document
    /// dated then, but one of the first two dates the same month in another year ("As of 31 May 2025"); else null.
    /// </summary>
    private string? SameMonthOtherYear(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        if (MonthAndYear().Match(question.SearchText) is not { Success: true } asked) return null;
        var (month, year) = (asked.Groups["month"].Value, asked.Groups["year"].Value);
        var texts = selected.Select(s => context.Index.TextOf(s.Sentence)).ToList();
        // "What did Pellow say in March 2026 …": a document dated that year is the occasion asked about.
        if (texts.Any(t => t.Contains(year, StringComparison.Ordinal))
            || selected.Any(s => context.Index.Document(s.Sentence.SourceId).Metadata.Date?.Year == int.Parse(year, System.Globalization.CultureInfo.InvariantCulture))) return null;
        return texts.Take(2).Any(t => MonthAndYear().Matches(t).Any(m => m.Groups["month"].Value.Equals(month, StringComparison.OrdinalIgnoreCase) && m.Groups["year"].Value != year))
            ? asked.Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MonthAndYear();

    private bool OtherOccasion(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        var years = question.KeyTerms.Where(t => AnswerabilityFeatures.IsYear(t.Term)).ToList();
        if (years.Count == 0 || selected.Count == 0) return false;
        var dates = selected.Select(s => context.Index.Document(s.Sentence.SourceId).Metadata.Date).ToList();
        if (dates.Any(d => d is null)) return false;
        if (question.Year is { Onwards: true } scope && dates.Any(d => d!.Value.Year >= scope.Year)) return false;
        return !years.Any(y => selected.Any(s => context.CoversInContext(s.Sentence.Id, y)));
    }

    /// <summary>
    /// Whether one cited sentence has all the question's topic words that some document uses, when there are two or
    /// more. Names say who or what is asked about, not what about them: "Kublai Khan's uncle" has no topic word found.
    /// </summary>
    private bool RestFoundTogether(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected)
    {
        var found = question.SubjectTerms.Where(t => !t.LooksLikeName && (t.InCorpus || t.Alternatives.Count > 0)).ToList();
        return found.Count >= 2 && selected.Any(s => found.All(t => context.CoversInContext(s.Sentence.Id, t)));
    }

    /// <summary>
    /// The share of the weight of the question's topic (its subject words, and a follow-up's previous topic) that is of
    /// words no document uses, nor any alternative of them. The words asking for a kind of answer ("the cost") are not
    /// its topic: "what did he say about the cost?" is answered by a sum.
    /// </summary>
    public static double AbsentShare(AnalyzedQuestion question)
    {
        var topic = question.SubjectTerms.Concat(question.PreviousTerms).ToList();
        var total = topic.Sum(t => t.Weight);
        return total <= 0 ? 0 : topic.Where(t => !t.InCorpus && t.Alternatives.Count == 0).Sum(t => t.Weight) / total;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have|hav|[’']s|[’']ve)\s+(?:\w+\s+){0,4}?(?:said|talked|spoken|mentioned|announced|promised|committed|commented|pledged)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PerfectOfSpeech();

    private static bool ContainsWord(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\b" + System.Text.RegularExpressions.Regex.Escape(word) + @"\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A word of the question's topic that no document uses, nor any glossary alternative of it.</summary>
    private static bool IsAbsentTopic(KeyTerm term) => !term.LooksLikeName && !term.InCorpus && term.Alternatives.Count == 0;

    // Only a question that opens with "has"/"have" ("what deadline has the minister set…?" presumes there is one); the
    // topic is what follows the thing asked for ("has DHSC set a date | for trusts to get rid of pagers?").
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:has|have)\s+(?:[\w’']+\s+){0,4}?(?:set|given|put|named|published|confirmed|agreed|fixed)\b(?:\s+(?:a|an|any|the)\b)?(?:\s+(?:new|firm|final|revised|clear)\b)?(?:\s+(?:date|deadline|price|cost|figure|target|timescale|timeline|timetable|budget|plan|number)s?\b)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PerfectOfCommitment();

    /// <summary>"What has X said about…", "has anyone said anything about…", "any statements on…": a question about what was said on a topic.</summary>
    public static bool AsksWhatWasSaidAbout(string question) => SaysAbout().IsMatch(question);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|say|says|saying|talked|talk|talking|spoken|speak|comments?|commented|statements?|mentioned|mention|been said|promised?|promises|pledged?|announced?)\b(?:\s+(?:anything|much|something|publicly))?\s+(?:about|on)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SaysAbout();

    /// <summary>The question's specific words: topical terms at least <c>specificShare</c> as rare as its rarest.</summary>
    // "What did he say about the cost?": "cost" asks for an amount, and is looked for as one, not as a word he used.
    private IReadOnlyList<KeyTerm> Specific(AnalyzedQuestion question) => Specific(question.SubjectTerms);

    private IReadOnlyList<KeyTerm> Specific(IReadOnlyList<KeyTerm> topical)
    {
        if (topical.Count == 0) return [];
        var rarest = topical.Max(t => t.Weight);
        return topical.Where(t => t.Weight >= specificShare * rarest).ToList();
    }

    /// <summary>
    /// The specific words of a question about someone's words that say what about: not those saying who they are or
    /// where they spoke ("what did Daniel Hux from Westmere tell the committee about cyber security?" is about cyber
    /// security, not Westmere, his council, or the committee, his document's title).
    /// </summary>
    private IReadOnlyList<KeyTerm> TopicSpecific(AnalyzedQuestion question)
    {
        // "When did she give her Care Tech Futures speech?" is about the occasion, which those words name.
        if (TimeAnchors.AsksWhenSaid(question.SearchText)) return Specific(question);
        var theirDocuments = context.Index.Sentences.Where(s => context.Speakers.Speaks(s, question.Speakers)).Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal);
        // A word no document uses cannot show whose words answer: it is the asker's own ("what's the forum chair's beef
        // with the deadlines?", "how many logins nurses had"), so the specific words are chosen among those the documents use.
        // Nor is a negation ("clinics don't") a topic anyone speaks of.
        static bool Used(KeyTerm t) => (t.InCorpus || t.Alternatives.Count > 0) && !t.Surface.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && !t.Surface.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
        var topic = question.SubjectTerms.Where(t => Used(t) && !theirDocuments.Any(d => context.DescribesDocument(d, t)) && !question.Speakers.Any(p => context.InRoleOf(p, t))).ToList();
        if (topic.Count > 0) return Specific(topic);
        // When every word the documents use names their documents or their role ("what's Clarke's beef with bed
        // management?" of "Trust chief on bed management"), the question is about their own subject: nothing to check.
        // When the documents use none of its words, the question's words as asked.
        return question.SubjectTerms.Any(Used) ? [] : Specific(question);
    }

    /// <summary>
    /// A passage saying a detail is not being given: "I am not going to give a number today", "declined to disclose
    /// what trusts pay", "I will not comment on the operational details", "cannot confirm a date", "has not yet given
    /// a date", "did not say which budgets would be reduced".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:declin(?:ed|es|ing)?|refus(?:ed|es|ing)?) to (?:disclose|say|give|confirm|comment|reveal|name|put|share)|(?:not|n[’']t) (?:able|going|prepared|willing|in a position) to (?:give|say|disclose|confirm|comment|put|share|provide|name|reveal)|(?:will|would|can|could|did|do|does)(?: not|n[’']t) (?:give|disclose|confirm|comment on|put a|share|provide|name|reveal)|cannot (?:give|say|disclose|confirm|comment|put|share|provide|name|reveal)|(?:has|have|had)(?: not|n[’']t)(?: yet)? (?:given|set|announced|confirmed|disclosed|revealed|said|named|put)(?: a| any)? (?:date|timetable|timescale|figure|number|cost|price|sum|total|deadline|when|how|which|what)|did(?: not|n[’']t) say (?:which|when|how|what|where)|no (?:date|timetable|timescale|figure|deadline) (?:has|have) (?:yet )?been (?:given|set|announced|confirmed|agreed)|without (?:giving|setting|naming) a (?:date|figure|timetable))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WithholdsDetail();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:will|shall|intend to|plan to|expect to)\s+(?:(?:also|then|shortly|soon)\s+)?(?<verb>set out|publish|announce|confirm|give|name|set)\s+(?:the|a|our|its|their)\s+(?:(?:final|full|exact|precise|new|revised|updated|detailed)\s+)?(?:date|timetable|timescale|timeline|deadline|figure|cost|price|total|budget|amount)\b|\b(?:is|are)\s+(?:still\s+)?being\s+(?<verb>finalised|finalized|agreed|worked out|determined)\b[^.]*\bwill be\s+(?:published|confirmed|announced|set out)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PromisesDetailLater();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:total|overall|altogether|in all|all told|combined|cumulative)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksForTotal();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:total(?:s|led|ling|ed|ing)?|overall|altogether|in all|all told|combined|cumulative|whole|entire|sum of)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StatesTotal();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:say|said|says|tell|told|give|gave|given|put|confirm(?:ed|s)?|disclose[sd]?|reveal(?:ed|s)?|mention(?:ed|s)?|admit(?:ted|s)?|answer(?:ed|s)?|comment(?:ed|s)?|state[sd]?|promise[sd]?|commit(?:ted|s)?|announce[sd]?|share[sd]?|explain(?:ed|s)?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksAboutTelling();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow (?:many|much)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HowMuch();
}
