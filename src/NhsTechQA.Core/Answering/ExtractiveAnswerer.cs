using Microsoft.Extensions.AI;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>Answers a question in a conversation.</summary>
public interface IQuestionAnswerer
{
    Task<Answer> AskAsync(Conversation conversation, string question, CancellationToken cancellationToken);
}

/// <summary>
/// The offline answerer: retrieval, sentence selection, abstention, and an answer composed of the cited sentences.
/// </summary>
public sealed class ExtractiveAnswerer(
    SearchContext context,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    AnsweringOptions options,
    GlossaryOptions glossary,
    IReadOnlySet<string> commonWords) : IQuestionAnswerer
{
    private readonly QuestionAnalyzer _analyzer = new(context, glossary, commonWords);
    private readonly SentenceRanker _ranker = new(context, options);
    private readonly AnswerabilityPolicy _policy = new(context, AnswerabilityModel.Load(options.AnswerabilityModel), options.ClearRefusalShare, options.SpecificTermShare, options.AbsentTopicShare, options.QuotationParagraphChars);
    private readonly QueryEmbeddingCache _queryVectors = new(options.QueryCacheSize);

    public async Task<Answer> AskAsync(Conversation conversation, string question, CancellationToken cancellationToken)
    {
        QuestionValidator.Validate(question, options);
        var analyzed = _analyzer.Analyze(question, conversation);
        var answer = await AnswerAsync(analyzed, cancellationToken);
        conversation.Add(ConversationTurn.Of(question, answer, analyzed));
        return answer;
    }

    /// <summary>How a question was read and ranked, for `ask --explain`: the analysis, the ranking, the selection, the verdict.</summary>
    public sealed record Explanation(AnalyzedQuestion Question, IReadOnlyList<RankedSentence> Ranked, IReadOnlyList<RankedSentence> Selected, AnswerabilityVerdict Verdict);

    public async Task<Explanation> ExplainAsync(Conversation conversation, string question, CancellationToken cancellationToken)
    {
        QuestionValidator.Validate(question, options);
        var analyzed = _analyzer.Analyze(question, conversation);
        var (ranked, selected, verdict) = await SelectAsync(analyzed, cancellationToken);
        return new Explanation(analyzed, ranked, selected, verdict);
    }

    /// <summary>The ranking, the sentences worth citing (best first), and the verdict on answering.</summary>
    private async Task<(IReadOnlyList<RankedSentence> Ranked, IReadOnlyList<RankedSentence> Selected, AnswerabilityVerdict Verdict)> SelectAsync(
        AnalyzedQuestion question, CancellationToken cancellationToken)
    {
        if (question.SearchText.Length == 0 || question.NotEnglish || question.Unsure is not null)
            return ([], [], _policy.Judge(question, [], []));
        var queryVector = await QueryVectorAsync(question, cancellationToken);
        var ranked = _ranker.Rank(question, queryVector);
        var selected = SummaryOf(question) ?? Select(ranked, question);
        return (ranked, selected, _policy.Judge(question, ranked, selected));
    }

    private async Task<Answer> AnswerAsync(AnalyzedQuestion question, CancellationToken cancellationToken)
    {
        var (_, selected, verdict) = await SelectAsync(question, cancellationToken);
        return Compose(question, selected, verdict);
    }

    /// <summary>Reads a question in a conversation, without answering it or recording a turn.</summary>
    public AnalyzedQuestion Analyze(string question, Conversation conversation)
    {
        QuestionValidator.Validate(question, options);
        return _analyzer.Analyze(question, conversation);
    }

    /// <summary>Ranks, selects and judges, for answerers that compose differently (the generative one).</summary>
    public async Task<Explanation> RetrieveAsync(AnalyzedQuestion question, CancellationToken cancellationToken)
    {
        var (ranked, selected, verdict) = await SelectAsync(question, cancellationToken);
        return new Explanation(question, ranked, selected, verdict);
    }

    /// <summary>The offline answer (or refusal) for what <see cref="RetrieveAsync"/> found.</summary>
    public Answer Compose(AnalyzedQuestion question, IReadOnlyList<RankedSentence> selected, AnswerabilityVerdict verdict)
    {
        var units = QuotationUnits.Expand(context, selected.Select(s => s.Sentence).ToList(), options.QuotationParagraphChars);
        if (!verdict.Answerable)
        {
            // When the topic is there but the asked detail is not, the refusal points to the nearest passage.
            var pointer = verdict.PointTo is { } id ? QuotationUnits.Expand(context, [context.Index.Sentences[id]], options.QuotationParagraphChars).ToList()
                : verdict.Status is AnswerStatus.RefusedDetailMissing or AnswerStatus.RefusedUnsure or AnswerStatus.RefusedNeverQuoted ? units.Take(1).ToList() : [];
            return new Answer(ExtractiveAnswerComposer.Refusal(context, question, verdict, pointer.FirstOrDefault()), Refused: true,
                CitationBuilder.Build(context.Index, pointer), Answer.ExtractiveMode) { Status = verdict.Status };
        }
        units = NewestFirst(units, question);
        var text = ExtractiveAnswerComposer.Compose(context.Index, units, question);
        // An undated document answered by the passage that dates it: the asker is told the date is inferred.
        if (question.Expected == ExpectedAnswer.Date && units.Count > 0 && TimeAnchors.AsksWhenSaid(question.SearchText)
            && TimeAnchors.In(context.Index, units[0].SourceId).FirstOrDefault()?.Id == units[0].Id)
            text = $"{ExtractiveAnswerComposer.NoDateNotice} {text}";
        return new Answer(text, Refused: false, CitationBuilder.Build(context.Index, units), Answer.ExtractiveMode) { Status = verdict.Status };
    }

    /// <summary>
    /// The embedded query: the question's own words, plus the resolved speaker and the previous question's topic when a
    /// follow-up refers back to one, so "what did he say about the cost" searches like "what did Barclay say about the
    /// cost (of ward tablets)".
    /// </summary>
    private static string QueryText(AnalyzedQuestion question, bool withTopic = true)
    {
        // PreviousTopic is empty when no topic carries over.
        var text = withTopic ? $"{question.ExpandedText} {question.PreviousTopic}".TrimEnd() : question.ExpandedText;
        return question.SpeakersFromConversation ? $"{string.Join(", ", question.Speakers)}: {text}" : text;
    }

    /// <summary>
    /// The embedded query. A follow-up asking for a detail of the previous topic, not of a person ("when's it meant to
    /// start?"), is searched half by its own words and half with the topic: the topic alone pulls towards what the
    /// previous answer already said, the words alone towards any start of anything.
    /// </summary>
    private async Task<float[]> QueryVectorAsync(AnalyzedQuestion question, CancellationToken cancellationToken)
    {
        Task<float[]> Embed(string query) => _queryVectors.GetOrAddAsync(query, async text =>
            (await embeddings.GenerateAsync([text], EmbeddingInput.ForQuery(), cancellationToken))[0].Vector.ToArray());
        var withTopic = await Embed(QueryText(question));
        if (question.PreviousTopic.Length == 0 || question.SpeakersFromConversation
            || question.Expected is not (ExpectedAnswer.Date or ExpectedAnswer.Quantity or ExpectedAnswer.Money))
            return withTopic;
        var own = await Embed(QueryText(question, withTopic: false));
        var mixed = withTopic.Zip(own, (a, b) => a + b).ToArray();
        var norm = MathF.Sqrt(mixed.Sum(x => x * x));
        return norm > 0 ? mixed.Select(x => x / norm).ToArray() : withTopic;
    }

    /// <summary>
    /// The best sentence, then others close to it in score that also share a key term with the question: a sentence
    /// that is only near in embedding space would be a citation that does not support the answer.
    /// </summary>
    private List<RankedSentence> Select(IReadOnlyList<RankedSentence> ranked, AnalyzedQuestion question)
    {
        // A question about what a person said is answered from their words, or the reports of them, when there are any.
        if (question.ScopedToSpeakers && ranked.Any(r => context.Speakers.IsOneOf(r.Sentence.Speaker, question.Speakers)))
            ranked = ranked.Where(r => context.Speakers.Speaks(r.Sentence, question.Speakers)).ToList();
        ranked = ranked.Where(r => !question.ExcludedSentences.Contains(r.Sentence.Id)).ToList();
        if (ranked.Count == 0) return [];
        var best = ranked[0].Score;
        var close = ranked.TakeWhile(r => r.Score >= best * options.RelativeScoreCutoff && r.Score > 0).ToList();
        // The same sentence in two copies of a report is cited once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = close.Take(1)
            .Concat(close.Skip(1).Where(r => question.KeyTerms.Count == 0 || question.KeyTerms.Any(t => SharesTerm(r, t))))
            .Where(r => seen.Add(Normalised(context.Index.TextOf(r.Sentence))))
            .Take(options.MaxCitations).ToList();
        if (TheirDetail(ranked, selected, question) is { } detail)
            selected = [detail, .. selected.Where(s => s.Sentence.Id != detail.Sentence.Id).Take(options.MaxCitations - 1)];
        if (LaterStatement(ranked, selected, question) is { } later)
            selected = [.. selected.Take(options.MaxCitations - 1), later];
        if (DatingPassages(selected, question) is { Count: > 0 } dating)
            selected = [.. dating, .. selected.Where(s => dating.All(d => d.Sentence.Id != s.Sentence.Id))];
        if (ReplyTo(selected, question) is { } reply)
            selected = [selected[0], reply, .. selected.Skip(1).Where(s => s.Sentence.Id != reply.Sentence.Id)];
        selected = selected.Take(options.MaxCitations).ToList();
        return EachPersonsPoint(ranked, selected, question);
    }

    /// <summary>
    /// "Did the government admit the deadline would slip?" is matched best by the peer's question that asks it, and
    /// answered by the reply. When the best passage's paragraph ends in a question (a debate, an evidence session, an
    /// interview), the next turn's first sentence (another person's) is cited after it. Not when asked who raised it,
    /// nor in a question about someone else's words.
    /// </summary>
    private RankedSentence? ReplyTo(IReadOnlyList<RankedSentence> selected, AnalyzedQuestion question)
    {
        if (selected.Count == 0 || question.Expected == ExpectedAnswer.Person) return null;
        var asked = selected[0].Sentence;
        var sentences = context.Index.Sentences;
        // The turn's paragraph ends in the question: "The Minister promised … by March 2027. Is that still realistic?"
        var end = asked.Id;
        while (end + 1 < sentences.Count && sentences[end + 1].SourceId == asked.SourceId && sentences[end + 1].Paragraph == asked.Paragraph
               && sentences[end + 1].Speaker == asked.Speaker)
            end++;
        if (TextSplitter.LastMark(context.Index.TextOf(sentences[end])) != '?') return null;
        for (var id = end + 1; id < sentences.Count && sentences[id].SourceId == asked.SourceId; id++)
        {
            var next = sentences[id];
            if (next.Speaker == asked.Speaker) continue;
            // A label on a line of its own ("Baroness Quennell of Harwood (Lab)") is the record's, between the turns.
            if (next.Speaker is null)
            {
                if (TextSplitter.IsProse(context.Index.TextOf(next))) return null;
                continue;
            }
            if (question.ScopedToSpeakers && !context.Speakers.IsOneOf(next.Speaker, question.Speakers)) return null;
            return new RankedSentence(next, selected[0].Score, selected[0].Dense, 0);
        }
        return null;
    }

    /// <summary>
    /// "What did he say about the cost?" asks only for the detail of what the person said: when the passages chosen for
    /// their likeness to the question carry no sum, their best-ranked sentence that does answers it (among the first
    /// <see cref="AnsweringOptions.DetailSearchDepth"/>). Not when the question has a topic of its own, whose
    /// passages may rightly lack the detail ("how much is the contract worth?" is not answered by another sum).
    /// </summary>
    private RankedSentence? TheirDetail(IReadOnlyList<RankedSentence> ranked, IReadOnlyList<RankedSentence> selected, AnalyzedQuestion question)
    {
        if (!question.ScopedToSpeakers || question.Expected is not (ExpectedAnswer.Money or ExpectedAnswer.Quantity or ExpectedAnswer.Date)
            || question.SubjectTerms.Count > 0 || selected.Any(s => AnswerabilityFeatures.CarriesDetail(context, question, s)))
            return null;
        return ranked.Take(options.DetailSearchDepth)
            .FirstOrDefault(r => context.Speakers.IsOneOf(r.Sentence.Speaker, question.Speakers) && AnswerabilityFeatures.CarriesDetail(context, question, r));
    }

    /// <summary>
    /// "How did Patel and Lind differ on…": a question about two or more people's words cites each one's best
    /// sentence first (in rank order), then the rest as ranked, so one person's sentences do not crowd out the other's.
    /// </summary>
    private List<RankedSentence> EachPersonsPoint(IReadOnlyList<RankedSentence> ranked, List<RankedSentence> selected, AnalyzedQuestion question)
    {
        if (!question.ScopedToSpeakers || question.Speakers.Count < 2) return selected;
        var firsts = question.Speakers
            .Select(person => ranked.FirstOrDefault(r => context.Speakers.IsOneOf(r.Sentence.Speaker, [person])))
            .OfType<RankedSentence>().DistinctBy(r => r.Sentence.Id).OrderByDescending(r => r.Score).ToList();
        if (firsts.Count < 2) return selected;
        return firsts.Concat(selected.Where(s => firsts.All(f => f.Sentence.Id != s.Sentence.Id))).Take(options.MaxCitations).ToList();
    }

    /// <summary>
    /// "Give me the gist of Penhallow's Manchester speech": a summary of someone's words with no topic beyond the
    /// occasion. The sentences of theirs (in the documents the question's words pick, if any) nearest the centre of
    /// all of them in meaning, each unlike those already chosen (maximal marginal relevance), in reading order: the
    /// distinct points, not the greeting that best matches "Manchester". Null when the question is not such a summary.
    /// </summary>
    private List<RankedSentence>? SummaryOf(AnalyzedQuestion question)
    {
        if (!question.Summary || !question.ScopedToSpeakers) return null;
        // The person's own name is not among the key terms of a question scoped to them (QuestionAnalyzer leaves it out).
        var picking = context.DocumentPickingTerms(question.KeyTerms);
        if (question.KeyTerms.Any(t => !picking.Contains(t) && !t.LooksLikeName)) return null;
        var pool = context.Index.Sentences
            .Where(s => context.Speakers.IsOneOf(s.Speaker, question.Speakers) && s.Kind == Documents.AttributionKind.Direct
                        && picking.All(t => context.DescribesDocument(s.SourceId, t)))
            .Where(s => TextSplitter.IsProse(context.Index.TextOf(s)) && context.Index.TextOf(s).Split(' ').Length >= options.SummaryMinWords)
            .ToList();
        if (pool.Count == 0) return null;
        var dense = context.Sentences.Dense;
        var centre = new float[dense.Vector(pool[0].Id).Length];
        foreach (var sentence in pool) VectorMath.Add(centre, dense.Vector(sentence.Id));
        VectorMath.Normalize(centre);
        var chosen = new List<(Documents.Sentence Sentence, double Centrality)>();
        while (chosen.Count < options.MaxCitations && chosen.Count < pool.Count)
        {
            var next = pool.Where(s => chosen.All(c => c.Sentence.Id != s.Id))
                .Select(s => (Sentence: s, Centrality: (double)VectorMath.Cosine(dense.Vector(s.Id), centre),
                    Redundancy: chosen.Count == 0 ? 0 : chosen.Max(c => (double)VectorMath.Cosine(dense.Vector(s.Id), dense.Vector(c.Sentence.Id)))))
                .MaxBy(x => x.Centrality - options.SummaryRedundancyWeight * x.Redundancy);
            chosen.Add((next.Sentence, next.Centrality));
        }
        return chosen.OrderBy(c => c.Sentence.Id).Select(c => new RankedSentence(c.Sentence, c.Centrality, c.Centrality, 0)).ToList();
    }

    /// <summary>"When" and "how much" are answered by a sentence that gives a date or an amount, not by one merely on the topic.</summary>
    private bool CarriesExpected(RankedSentence sentence, AnalyzedQuestion question) =>
        question.Expected == ExpectedAnswer.Any || AnswerabilityFeatures.HasExpectedAnswer(question, context.Index.TextOf(sentence.Sentence));

    /// <summary>
    /// "Roughly when did he give that speech?" when the occasion's document has no date in its metadata and no cited
    /// passage of it gives one: the two passages of that document that date it best ("… unleashed on them today"),
    /// cited first.
    /// </summary>
    private IReadOnlyList<RankedSentence> DatingPassages(IReadOnlyList<RankedSentence> selected, AnalyzedQuestion question)
    {
        if (question.Expected != ExpectedAnswer.Date || selected.Count == 0 || !TimeAnchors.AsksWhenSaid(question.SearchText)) return [];
        var occasion = Occasion(selected, question);
        if (selected.Any(s => s.Sentence.SourceId == occasion && AnswerabilityFeatures.CarriesDetail(context, question, s))) return [];
        // In a question about someone's words, another person's passage does not date theirs ("Earlier this week, we
        // covered a keynote talk from Lord Markham" in a report of Barclay's speech).
        return TimeAnchors.In(context.Index, occasion)
            .Where(anchor => !question.ScopedToSpeakers || anchor.Speaker is null || context.Speakers.IsOneOf(anchor.Speaker, question.Speakers))
            .Take(options.DatingPassages)
            .Select(anchor => new RankedSentence(anchor, selected[0].Score, selected[0].Dense, 0)).ToList();
    }

    /// <summary>
    /// The document whose title or event has most of the question's words ("his Harrogate informatics speech" is the
    /// Wyvern Health Informatics Congress, not a later speech recalling Harrogate), the cited passages' first on a tie;
    /// the best passage's when no document's description has any of them.
    /// </summary>
    private string Occasion(IReadOnlyList<RankedSentence> selected, AnalyzedQuestion question)
    {
        var cited = selected.Select(s => s.Sentence.SourceId).Distinct().ToList();
        return cited.Concat(context.Index.Documents.Select(d => d.SourceId).Except(cited))
            .Select((source, order) => (source, order, described: question.KeyTerms.Where(t => context.DescribesDocument(source, t)).Sum(t => t.Weight)))
            .OrderByDescending(d => d.described).ThenBy(d => d.order).First().source;
    }

    /// <summary>
    /// Positions change: when the best sentence is someone's statement and the same person said something on the same
    /// terms in a later document, the later statement is cited too (and listed first), so an answer never gives only
    /// a promise that a later speech revised.
    /// </summary>
    private RankedSentence? LaterStatement(IReadOnlyList<RankedSentence> ranked, IReadOnlyList<RankedSentence> selected, AnalyzedQuestion question)
    {
        if (selected.Count == 0 || selected[0].Sentence.Speaker is not { } speaker) return null;
        if (context.Index.Document(selected[0].Sentence.SourceId).Metadata.Date is not { } stated) return null;
        var floor = selected[0].Score * options.LaterStatementShare;
        // Of the later sentences on the question's terms, the one that restates the most of the cited statement's words.
        var statement = context.SentenceTerms[selected[0].Sentence.Id];
        return ranked.Where(r => r.Score >= floor && r.Sentence.Speaker == speaker
                && context.Index.Document(r.Sentence.SourceId).Metadata.Date > stated && !selected.Any(c => c.Sentence.Id == r.Sentence.Id)
                && question.KeyTerms.Any(t => SharesTerm(r, t)) && CarriesExpected(r, question))
            .Select(r => (r, shared: context.SentenceTerms[r.Sentence.Id].Count(statement.Contains)))
            .OrderByDescending(x => x.shared).ThenByDescending(x => x.r.Score)
            .Select(x => x.r).FirstOrDefault();
    }

    /// <summary>
    /// What one person said at different times is listed newest first, each with its date, when the question asks
    /// for the latest, is about that person's words, or every cited sentence is theirs; otherwise the cited sentences
    /// keep their ranking order.
    /// </summary>
    private IReadOnlyList<Documents.Sentence> NewestFirst(IReadOnlyList<Documents.Sentence> units, AnalyzedQuestion question)
    {
        var dates = units.Select(u => context.Index.Document(u.SourceId).Metadata.Date).ToList();
        var oneSpeaker = units.Select(u => u.Speaker).Distinct().Count() == 1 && units[0].Speaker is not null;
        if (!(question.Latest || question.ScopedToSpeakers || oneSpeaker) || dates.Where(d => d is not null).Distinct().Count() < 2) return units;
        return units.Select((u, i) => (u, i, d: dates[i])).OrderByDescending(x => x.d.HasValue).ThenByDescending(x => x.d).ThenBy(x => x.i)
            .Select(x => x.u).ToList();
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private bool SharesTerm(RankedSentence sentence, KeyTerm term) => context.Covers(sentence.Sentence.Id, term);
}

public static class QuestionValidator
{
    public static void Validate(string question, AnsweringOptions options)
    {
        if (string.IsNullOrWhiteSpace(question))
            throw new QuestionException("the question is empty");
        if (question.Length > options.MaxQuestionChars)
            throw new QuestionException($"the question is {question.Length} characters long; the limit is {options.MaxQuestionChars} (setting Answering:MaxQuestionChars)");
    }
}
