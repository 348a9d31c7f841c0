using System.Text.RegularExpressions;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>A candidate sentence with its combined score and the evidence behind it.</summary>
public sealed record RankedSentence(Sentence Sentence, double Score, double Dense, double Lexical);

/// <summary>
/// Ranks sentences for an answer: the sentence's own lexical and dense scores, the score of the best chunk around it
/// (context), and whether its speaker is the person asked about.
/// </summary>
public sealed partial class SentenceRanker(SearchContext context, AnsweringOptions options)
{
    public IReadOnlyList<RankedSentence> Rank(AnalyzedQuestion question, float[] queryVector)
    {
        var keyTerms = question.KeyTerms;
        // Words that say which document is meant choose the document; the rest are searched for in its sentences,
        // unless no sentence could have the rest ("sorting out their systems" where no document says "sort").
        var picking = context.DocumentPickingTerms(keyTerms);
        var rest = keyTerms.Except(picking).ToList();
        var searched = rest.Any(t => t.InCorpus || t.Alternatives.Count > 0) ? rest : keyTerms;
        var terms = searched.SelectMany(t => t.AllTerms).ToList();
        var totalWeight = keyTerms.Sum(t => t.Weight);
        var pickingWeight = picking.Sum(t => t.Weight);
        var documentMatch = pickingWeight <= 0 ? new Dictionary<string, double>()
            : context.Index.Documents.ToDictionary(d => d.SourceId,
                d => picking.Where(t => context.DescribesDocument(d.SourceId, t)).Sum(t => t.Weight) / pickingWeight);
        var sentences = context.Sentences.Search(terms, queryVector);
        var chunks = context.Chunks.Search(terms, queryVector);
        var lexical = Normalised(sentences.Lexical);
        var dense = Normalised(sentences.Dense);
        var chunkContext = ChunkContext(chunks.Fused);
        var bm25 = sentences.Lexical.ToDictionary(h => h.Id, h => h.Score);
        var candidates = lexical.Keys.Concat(dense.Keys).Distinct();
        var ranked = new List<RankedSentence>();
        foreach (var id in candidates)
        {
            var sentence = context.Index.Sentences[id];
            var own = options.SentenceDenseWeight * dense.GetValueOrDefault(id) + (1 - options.SentenceDenseWeight) * lexical.GetValueOrDefault(id);
            var score = (1 - options.ChunkContextWeight) * own + options.ChunkContextWeight * chunkContext.GetValueOrDefault(id);
            score *= SpeakerFactor(sentence, question) * TimeFactor(sentence, question) * ProseFactor(sentence);
            // "What did the minister tell him?": her reply to him first; asked for nothing else, only a reply to him will do.
            if (question.Addressees.Count > 0)
                score *= context.RepliesTo(sentence, question.Addressees) ? options.ReplyBoost : question.AsksForReply ? options.SpeakerMismatchPenalty : 1;
            score *= 1 + options.DocumentMatchBoost * documentMatch.GetValueOrDefault(sentence.SourceId);
            // A sentence with the kind of thing asked for (a date for "when", an amount for "how much") is the likelier answer.
            var expected = question.Expected != ExpectedAnswer.Any && AnswerabilityFeatures.HasExpectedAnswer(question, context.Index.TextOf(sentence));
            if (expected) score *= options.ExpectedAnswerBoost;
            // "When was that?": the previous answer's documents, and in them what carries the date asked for.
            if (question.FollowUpDocuments.Contains(sentence.SourceId))
                score *= expected ? options.FollowUpDocumentBoost * options.FollowUpDocumentBoost : options.FollowUpDocumentBoost;
            // A sentence that carries the question's specific terms answers it more surely than one that is only near in meaning.
            if (totalWeight > 0)
            {
                var coverage = keyTerms.Where(t => context.CoversInContext(id, t)).Sum(t => t.Weight) / totalWeight;
                score *= 1 - options.TermCoverageWeight + options.TermCoverageWeight * coverage;
            }
            ranked.Add(new RankedSentence(sentence, score, context.Sentences.Dense.Similarity(id, queryVector), bm25.GetValueOrDefault(id)));
        }
        return AnswersFollowQuestions(ranked, question, queryVector).OrderByDescending(r => r.Score).ThenBy(r => r.Sentence.Id).ToList();
    }

    /// <summary>
    /// A question in a document (a committee's "What would you ask the Government for?", a speaker's "So why does
    /// this matter?"), or a line that introduces a quotation ("The minister said:"), matches the asker's words best
    /// but answers nothing: what answers it is the sentence after it.
    /// That sentence takes the question's match (scored for its own speaker), and the question itself counts for less.
    /// </summary>
    private List<RankedSentence> AnswersFollowQuestions(List<RankedSentence> ranked, AnalyzedQuestion question, float[] queryVector)
    {
        var byId = ranked.ToDictionary(r => r.Sentence.Id);
        foreach (var (asked, lead) in ranked.Select(r => (r, LeadsToNext(r.Sentence))).Where(x => x.Item2 != Lead.None).ToList())
        {
            if (AnswerTo(asked.Sentence) is not { } answer) continue;
            // "Does she agree that a pulse oximeter in a drawer does nothing?" makes the asker's point: it keeps its score.
            // So does any question when the asker wants to know who raised something: "who pushed for safeguards on
            // lock-in?" is answered by the member who asked "what safeguards are in place to stop trusts becoming locked in?".
            // A heading keeps its own (already lowered) score: it is still no answer when nothing under it fits.
            var factor = lead == Lead.Heading ? 1
                : lead == Lead.Introduction ? options.IntroducingLineFactor
                : AssertingQuestion().IsMatch(context.Index.TextOf(asked.Sentence))
                  || (question.Expected == ExpectedAnswer.Person && asked.Sentence.Speaker is not null && AsksWhoAsked().IsMatch(question.SearchText))
                    ? 1 : options.QuestionSentenceFactor;
            // What a heading heads takes its match without the heading's lowering.
            var heading = lead == Lead.Heading ? ProseFactor(asked.Sentence) : 1;
            var inherited = asked.Score / heading / SpeakerFactor(asked.Sentence, question) * SpeakerFactor(answer, question) * ProseFactor(answer);
            var own = byId.GetValueOrDefault(answer.Id);
            if (own is null || own.Score < inherited)
                // A question's match is the answer's (the asker's words stand for it); a heading only ranks what it
                // heads, whose own likeness to the question is what the answerability judgement weighs.
                byId[answer.Id] = lead == Lead.Heading
                    ? new RankedSentence(answer, inherited, own?.Dense ?? context.Sentences.Dense.Similarity(answer.Id, queryVector), own?.Lexical ?? 0)
                    : new RankedSentence(answer, inherited, Math.Max(asked.Dense, own?.Dense ?? 0), Math.Max(asked.Lexical, own?.Lexical ?? 0));
            byId[asked.Sentence.Id] = byId[asked.Sentence.Id] with { Score = byId[asked.Sentence.Id].Score * factor };
        }
        return byId.Values.ToList();
    }

    private enum Lead { None, Question, Introduction, Heading }

    [GeneratedRegex(@"\b(?:now|revised|instead|pushed back|slipped|no longer|updated|new (?:deadline|target|date|timetable|ambition|figure|aim|plan))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();

    /// <summary>
    /// Whether a sentence is answered by what follows it: a question, a line that introduces a quotation ("Daniel
    /// Ashworth said:"), or a section's heading ("Union concerns"), whose words name what the paragraph under it says.
    /// </summary>
    private Lead LeadsToNext(Sentence sentence) => TextSplitter.LastMark(context.Index.TextOf(sentence)) switch
    {
        '?' => Lead.Question,
        ':' => Lead.Introduction,
        _ when IsHeadingLine(sentence) => Lead.Heading,
        _ => Lead.None,
    };

    /// <summary>A heading: a line of its own that is not prose, before a paragraph of the same document.</summary>
    private bool IsHeadingLine(Sentence sentence)
    {
        var text = context.Index.Document(sentence.SourceId).Text;
        var lineStart = SpeakerTurns.LineStart(text, sentence.Start);
        var lineEnd = text.IndexOf('\n', sentence.End) is var e and >= 0 ? e : text.Length;
        return text.AsSpan(lineStart, sentence.Start - lineStart).Trim().TrimStart('#').Trim().Length == 0
               && text.AsSpan(sentence.End, lineEnd - sentence.End).Trim().Length == 0
               && TextSplitter.LooksLikeHeading(context.Index.TextOf(sentence));
    }

    /// <summary>
    /// The first sentence after a question, in the same document, that is not itself a question; past a bare "Yes."
    /// or "No, Chair." to what the same speaker says next, which is the substance of the answer.
    /// </summary>
    private Sentence? AnswerTo(Sentence asked)
    {
        var sentences = context.Index.Sentences;
        for (var id = asked.Id + 1; id < sentences.Count && id <= asked.Id + 3 && sentences[id].SourceId == asked.SourceId; id++)
        {
            // A speaker's label on a line of its own ("Baroness Merrow of Ashcombe (Lab)") introduces the answer.
            if (LeadsToNext(sentences[id]) != Lead.None || TextSplitter.LooksLikeHeading(context.Index.TextOf(sentences[id]))) continue;
            var bare = context.Index.TextOf(sentences[id]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= BareReplyWords;
            if (bare && id + 1 < sentences.Count && sentences[id + 1].SourceId == asked.SourceId && sentences[id + 1].Speaker == sentences[id].Speaker)
                continue;
            return sentences[id];
        }
        return null;
    }

    private const int BareReplyWords = 4;

    /// <summary>
    /// A question about what someone said prefers their words, then the narration of reports about them; a question
    /// that merely names a person is about the topic, and anyone's words may answer it.
    /// </summary>
    private double SpeakerFactor(Sentence sentence, AnalyzedQuestion question)
    {
        // "Who said the go-live went £4.2m over budget?": narration reporting it answers who only by naming someone.
        if (question.AsksWhoSaid && question.Speakers.Count == 0 && sentence.Speaker is null) return options.NarrationFactor;
        // "Which MP said…?": a speaker known to be of another kind (a GP quoted in a report, a peer) is not the answer.
        if (question.AskedKind is { } kind && question.Speakers.Count == 0 && sentence.Speaker is { } speaker && OtherKind(speaker, kind))
            return options.SpeakerMismatchPenalty;
        if (question.Speakers.Count == 0 || !question.ScopedToSpeakers) return 1;
        if (context.Speakers.IsOneOf(sentence.Speaker, question.Speakers)) return options.SpeakerMatchBoost;
        if (sentence.Speaker is null)
            return context.Speakers.OwnsDocument(sentence.SourceId, question.Speakers) ? 1 : options.NarrationFactor;
        return options.SpeakerMismatchPenalty;
    }

    /// <summary>
    /// Whether a speaker is known not to be of the kind asked for: a peer by title, an MP by a Commons label's seat
    /// or "MP" in a role, a minister by a role naming one. A speaker the documents give no role is not known to differ.
    /// </summary>
    private bool OtherKind(string speaker, string kind)
    {
        var name = context.Speakers.Canonical(speaker);
        var peer = PeerTitles.Opens(name);
        var role = context.Roles.Roles.GetValueOrDefault(name);
        var (mp, minister, secretary) = _kindWords.Value;
        bool Has(IReadOnlyList<string> word) => role is not null && word.All(role.Contains);
        return kind switch
        {
            "peer" => !peer,
            "mp" => peer || (role is { Count: > 0 } && !Has(mp)),
            _ => role is { Count: > 0 } && !Has(minister) && !Has(secretary),
        };
    }

    // The role words of the kinds asked for, analysed once rather than for every candidate sentence.
    private readonly Lazy<(IReadOnlyList<string> Mp, IReadOnlyList<string> Minister, IReadOnlyList<string> Secretary)> _kindWords = new(() =>
        (context.Sentences.Lexical.Analyze("mp"), context.Sentences.Lexical.Analyze("minister"), context.Sentences.Lexical.Analyze("secretary")));

    private DateOnly? _newest;

    private int NewestRank(DateOnly date)
    {
        _newest ??= context.Index.Documents.Select(d => d.Metadata.Date).Max();
        return date == _newest ? 0 : 1;
    }

    /// <summary>
    /// A heading, a name line or a date line matches a question's names and event but says nothing: cited last. So does
    /// a witness introducing themselves ("I am Fiona Carrick, chief digital officer at NHS North Severnside ICB."),
    /// which has every word of a question asked by their name and role.
    /// </summary>
    private double ProseFactor(Sentence sentence)
    {
        var text = context.Index.TextOf(sentence);
        return TextSplitter.LooksLikeHeading(text) || SelfIntroduction().IsMatch(text) ? options.HeadingFactor : 1;
    }

    [GeneratedRegex(@"^\W*(?:I am|I['’]m|My name is)\s+(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Baroness|Councillor)\.?\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,3}\s*(?:[,.;–—-]|and\b|$)(?:[^.!?]*)[.!?]?\s*$")]
    private static partial Regex SelfIntroduction();

    /// <summary>A question about a year prefers documents dated then; an undated document is neither preferred nor put back.</summary>
    private double TimeFactor(Sentence sentence, AnalyzedQuestion question)
    {
        // "Latest", "most recent", "has it changed": the newest dated documents first, and in any document the
        // sentences that state a revision ("we now expect…", "the new deadline is…").
        if (question.Latest)
        {
            var revision = Revision().IsMatch(context.Index.TextOf(sentence)) ? options.RevisionBoost : 1;
            return revision * (context.Index.Document(sentence.SourceId).Metadata.Date is { } dated && NewestRank(dated) == 0 ? options.TimeMatchBoost : 1);
        }
        if (question.Year is not { } scope || context.Index.Document(sentence.SourceId).Metadata.Date is not { } date) return 1;
        var within = scope.Onwards ? date.Year >= scope.Year : date.Year == scope.Year;
        return within ? options.TimeMatchBoost : options.TimeMismatchPenalty;
    }

    /// <summary>Each sentence's best normalised chunk score, over the chunks that contain it.</summary>
    private Dictionary<int, double> ChunkContext(IReadOnlyList<ScoredHit> fusedChunks)
    {
        var result = new Dictionary<int, double>();
        if (fusedChunks.Count == 0) return result;
        var max = fusedChunks[0].Score;
        foreach (var hit in fusedChunks)
        {
            var chunk = context.Index.Chunks[hit.Id];
            for (var id = chunk.FirstSentence; id <= chunk.LastSentence; id++)
                result[id] = Math.Max(result.GetValueOrDefault(id), max > 0 ? hit.Score / max : 0);
        }
        return result;
    }

    private static Dictionary<int, double> Normalised(IReadOnlyList<ScoredHit> hits)
    {
        var result = new Dictionary<int, double>();
        if (hits.Count == 0) return result;
        var max = hits.Max(h => h.Score);
        var min = hits.Min(h => h.Score);
        var range = max - min;
        foreach (var hit in hits) result[hit.Id] = range > 0 ? (hit.Score - min) / range : 1;
        return result;
    }

    // The parliamentary way of making a point as a question: "Does my hon. Friend agree that…", "Will the Minister confirm that…".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:agree|accept|acknowledge|recogni[sz]e|confirm)s?\s+(?:with\s+me\s+)?that\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AssertingQuestion();

    // "Who raised …?", "which MP pushed for …?", "who was worried about …?": the person wanted is the one who asked,
    // not the one who answered ("which witness refused to say …?").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:raise[sd]?|raising|ask(?:ed|s)?|brought up|bring up|push(?:ed|es)?|press(?:ed|es)?|urge[sd]?|call(?:ed|s)? for|challenge[sd]?|question(?:ed|s)?|worried|concerned|fear(?:ed|s)?|wanted to know|wondered|enquired|inquired)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksWhoAsked();
}
