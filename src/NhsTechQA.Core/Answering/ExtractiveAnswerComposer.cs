using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// Writes an answer from the source sentences themselves, each followed by its citation number, introduced by who
/// said it, where and when ("On 29 June 2022, at Policy Exchange, Sajid Javid said:"). Nothing from the question is
/// repeated, so a claim made in a question is never stated as fact, and no file name is shown as prose.
/// </summary>
public static partial class ExtractiveAnswerComposer
{
    public const string NoDateNotice = "The document does not give its date; this passage shows when it was said.";
    public const string IgnoredInstructionsNotice = "I answer only from the documents and do not follow instructions given inside a question.";

    public static string Compose(CorpusIndex index, IReadOnlyList<Sentence> cited, AnalyzedQuestion question)
    {
        var text = new StringBuilder();
        if (question.IgnoredInstructions) text.Append(IgnoredInstructionsNotice).Append(' ');
        foreach (var correction in question.Corrections)
            text.Append($"(Reading “{correction.Asked}” as {correction.People[0]}.) ");
        (string Source, string? Speaker, AttributionKind Kind)? group = null;
        for (var i = 0; i < cited.Count; i++)
        {
            var sentence = cited[i];
            var key = (sentence.SourceId, sentence.Speaker, sentence.Kind);
            if (group != key)
            {
                if (group is not null) text.Append('\n');
                text.Append(Introduction(index.Document(sentence.SourceId), index.Profile(sentence.SourceId), sentence, index.TextOf(sentence))).Append(' ');
                group = key;
            }
            else text.Append(' ');
            text.Append(Balanced(Whitespace().Replace(index.TextOf(sentence), " "))).Append($" [{i + 1}]");
        }
        return text.ToString();
    }

    public static string Refusal(SearchContext context, AnalyzedQuestion question, AnswerabilityVerdict verdict, Sentence? closest = null)
    {
        // The closest passage is introduced like a cited one: whose words, where and when.
        var closestIntro = closest is null ? "The closest passage is [1]."
            : $"The closest passage: {Introduction(context.Index.Document(closest.SourceId), context.Index.Profile(closest.SourceId), closest, context.Index.TextOf(closest), inRefusal: true).TrimEnd(':')} [1].";
        var text = new StringBuilder();
        if (question.IgnoredInstructions) text.Append(IgnoredInstructionsNotice).Append(' ');
        text.Append(verdict.Status switch
        {
            AnswerStatus.RefusedNotEnglish => "I can only answer questions asked in English, from English documents. Please ask again in English.",
            AnswerStatus.RefusedNothingToAsk => "I did not find a question to answer.",
            AnswerStatus.RefusedDidYouMean when question.Unsure is { SharedSurname: true } shared =>
                $"The documents I have record {shared.People.Count} people called {shared.Asked}: {JoinNames(shared.People, "and")}. Which did you mean?",
            AnswerStatus.RefusedDidYouMean when question.Unsure is { } unsure =>
                $"The documents I have do not name anyone “{unsure.Asked}”. Did you mean {JoinNames(unsure.People, "or")}?",
            AnswerStatus.RefusedUnknownName => $"The documents I have do not mention {JoinNames(verdict.MissingTopics.Take(3).ToList(), "or")}.",
            AnswerStatus.RefusedNotTheirWords => $"The documents I have do not record {JoinNames(question.Speakers, "or")} saying anything about that."
                                                 + (verdict.TopicElsewhere ? " Others in them do: ask without naming a person to see what." : ""),
            AnswerStatus.RefusedNeverQuoted => $"The documents I have mention {verdict.MissingTopics[0]} but do not record them saying anything. {closestIntro}",
            AnswerStatus.RefusedDetailMissing when verdict.PartOnly =>
                $"The documents give a figure for part of this, but I could not find the total you asked for. {closestIntro}",
            // The passage pointed to says the detail is not being given ("I am not going to give a number today").
            AnswerStatus.RefusedDetailMissing when verdict.PointTo is not null =>
                $"The documents discuss this, but {Detail(question)} you asked for is not given: the passage that would give it says so. {closestIntro}",
            AnswerStatus.RefusedDetailMissing => $"The documents discuss this, but I could not find {Detail(question)} you asked for. {closestIntro}",
            AnswerStatus.RefusedUnsure => $"I could not find a clear answer to that in the documents. {closestIntro}",
            _ => "The documents I have do not answer that.",
        });
        if (verdict.Status is not (AnswerStatus.RefusedDetailMissing or AnswerStatus.RefusedUnsure or AnswerStatus.RefusedNeverQuoted or AnswerStatus.RefusedNotEnglish or AnswerStatus.RefusedDidYouMean))
            text.Append(' ').Append(Covered(context));
        return text.ToString();
    }

    /// <summary>What the assistant can answer instead: the people it has words from.</summary>
    private static string Covered(SearchContext context)
    {
        var people = context.Speakers.People.OrderByDescending(p => p.Documents.Count).Select(p => p.Name).Take(6).ToList();
        if (people.Count == 0)
            return context.Index.Documents.Count == 1 ? "I can answer questions about the one document I have." : $"I can answer questions about the {context.Index.Documents.Count} documents I have.";
        var more = context.Speakers.People.Count > people.Count ? " and others" : "";
        return $"I can answer questions about what {JoinNames(people, "and")}{more} said in them.";
    }

    private static string Detail(AnalyzedQuestion question) => question.Expected switch
    {
        ExpectedAnswer.Quantity when AnswerabilityFeatures.AsksDuration(question.SearchText) => "the length of time",
        ExpectedAnswer.Quantity => "the number or amount",
        ExpectedAnswer.Date => "the date",
        ExpectedAnswer.Person => "the person",
        ExpectedAnswer.Place => "the place",
        ExpectedAnswer.Reason => "the reason",
        ExpectedAnswer.Money => "the amount of money",
        ExpectedAnswer.Organisation => "the organisation",
        ExpectedAnswer.Company => "the company",
        _ => "the detail",
    };

    /// <summary>"On 29 June 2022, at Policy Exchange, Sajid Javid said:", from the document's metadata and profile.</summary>
    /// <param name="inRefusal">A refusal's pointer leaves out a title with a figure in it ("… as fund rises to £165m"):
    /// beside "I could not find the amount", a headline's figure reads as the answer it is not.</param>
    private static string Introduction(SourceDocument document, DocumentProfile profile, Sentence sentence, string text, bool inRefusal = false)
    {
        var metadata = document.Metadata;
        // The document's date and event are where its own speaker spoke; others it quotes may have spoken elsewhere.
        // Metadata may give a title the attribution drops ("Dr Rhiannon Tuck" speaks as "Rhiannon Tuck").
        var own = sentence.Speaker is null || sentence.Speaker == profile.PrincipalSpeaker
                  || metadata.Speakers.Any(s => s == sentence.Speaker || s.EndsWith(" " + sentence.Speaker, StringComparison.Ordinal));
        // Someone a speaker quotes in their own speech ("She told me: …") was quoted there, by them.
        var quotedBy = !own && metadata.SoleSpeaker is { } voice && SpeakerAttributor.IsTranscriptType(metadata) ? voice : null;
        var parts = new List<string>();
        // An event that gives its own date ("Digital Forum, Manchester, 20 May 2025") is when it was said; a report's
        // publication date in front of it would give two.
        if (metadata.Date is { } date && !(profile.Event is { } dated && FullDate().IsMatch(dated)))
            parts.Add((metadata.MonthOnly ? "In " : "On ") + DocumentDates.Shown(date, metadata.MonthOnly));
        // Everyone whose turn a transcript records (a debate, a committee session) spoke at its event.
        if (profile.Event is { } name) parts.Add((own || quotedBy is not null || SpeakerAttributor.IsTranscriptType(metadata) || profile.LabelledTurns ? "at " : "in the report on ") + name);
        else if (metadata.ShownTitle is { } title && !(inRefusal && Figure().IsMatch(title))) parts.Add($"in “{title}”");
        var where = parts.Count == 0 ? "" : Capitalise(string.Join(", ", parts)) + ", ";
        if (quotedBy is not null) return $"{where}{quotedBy} quoted {sentence.Speaker}:";
        return sentence switch
        {
            // "X said: Hancock said: “…”" says it twice: a quotation that names its speaker is given as the report it is.
            // In a labelled turn only by name: there "She said, and I quote, '…'" is the member quoting someone else.
            { Speaker: { } speaker, Kind: AttributionKind.Direct } when !SpeakerAttributor.AttributesItself(text, speaker, byPronoun: !profile.LabelledTurns) => $"{where}{speaker} said:",
            { Speaker: { } speaker } => Capitalise($"{where}a report of {speaker}'s remarks says:"),
            _ => where.Length > 0 ? $"{where}the document says:" : "The document says:",
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A sentence cut from a longer quotation keeps its quote marks balanced in the prose (the citation stays exact).</summary>
    private static string Balanced(string sentence)
    {
        var opens = sentence.Count(c => c == '“');
        var closes = sentence.Count(c => c == '”');
        if (opens > closes && sentence.TrimStart().StartsWith('“')) sentence = sentence.TrimStart()[1..];
        else if (opens > closes) sentence += "”";
        else if (closes > opens && sentence.TrimEnd().EndsWith('”')) sentence = sentence.TrimEnd()[..^1];
        else if (closes > opens) sentence = "“" + sentence;
        if (sentence.Count(c => c == '"') % 2 == 1) sentence = sentence.Replace("\"", "");
        return sentence;
    }

    private static string JoinNames(IReadOnlyList<string> names, string conjunction) =>
        names.Count <= 2 ? string.Join($" {conjunction} ", names) : string.Join(", ", names.Take(names.Count - 1)) + $" {conjunction} " + names[^1];

    // A figure that is not a year: "£165m", "40%", "3,500 staff" (but not "2025").
    [GeneratedRegex(@"[£$€%]|\b(?!(?:19|20)\d{2}\b)\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b")]
    private static partial Regex FullDate();
}
