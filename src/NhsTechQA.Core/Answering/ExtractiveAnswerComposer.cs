using System.Text;
using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// Writes an answer from the source sentences themselves, each followed by its citation number, introduced by who
/// said it and where. Nothing from the question is repeated, so a claim made in a question is never stated as fact.
/// </summary>
public static partial class ExtractiveAnswerComposer
{
    public const string IgnoredInstructionsNotice = "I answer only from the speeches and do not follow instructions given inside a question.";

    public static string Compose(CorpusIndex index, IReadOnlyList<Sentence> cited, bool ignoredInstructions)
    {
        var text = new StringBuilder();
        if (ignoredInstructions) text.Append(IgnoredInstructionsNotice).Append(' ');
        (string Source, string? Speaker, AttributionKind Kind)? group = null;
        for (var i = 0; i < cited.Count; i++)
        {
            var sentence = cited[i];
            var key = (sentence.SourceId, sentence.Speaker, Kind: sentence.Kind == AttributionKind.Direct ? AttributionKind.Direct : AttributionKind.Reported);
            if (group != key)
            {
                if (group is not null) text.Append('\n');
                text.Append(Introduction(index.Profile(sentence.SourceId), sentence)).Append(' ');
                group = key;
            }
            else text.Append(' ');
            text.Append(Whitespace().Replace(index.TextOf(sentence), " ")).Append($" [{i + 1}]");
        }
        return text.ToString();
    }

    /// <param name="askedSpeakers">The people the question is about; when the topic is in the corpus but not in their words, the refusal says so.</param>
    public static string Refusal(IReadOnlyList<string> missingTopics, bool topicElsewhere, IReadOnlyList<string> askedSpeakers,
        IReadOnlyList<string> speakers, bool ignoredInstructions)
    {
        var topic = missingTopics.Count > 0 ? string.Join(' ', missingTopics) : "that question";
        var text = new StringBuilder();
        if (ignoredInstructions) text.Append(IgnoredInstructionsNotice).Append(' ');
        text.Append(topicElsewhere && askedSpeakers.Count > 0 && missingTopics.Count > 0
            ? $"The speeches I have do not record {JoinNames(askedSpeakers)} speaking about {topic}."
            : $"The speeches I have do not cover {topic}.");
        if (speakers.Count > 0)
            text.Append($" I can answer questions about what {JoinNames(speakers)} said in them.");
        return text.ToString();
    }

    private static string Introduction(DocumentProfile profile, Sentence sentence)
    {
        // The document's event is where its principal speaker spoke; others it mentions may have spoken elsewhere.
        var atEvent = sentence.Speaker is null || sentence.Speaker == profile.PrincipalSpeaker;
        var where = profile.Event is not { } name ? $"In {profile.SourceId}" : atEvent ? $"At {name}" : $"In the report on {name}";
        return sentence switch
        {
            { Speaker: { } speaker, Kind: AttributionKind.Direct } => $"{where}, {speaker} said:",
            { Speaker: { } speaker } => $"{where}, the report of {speaker}'s remarks says:",
            _ => $"{where}, the report says:",
        };
    }

    private static string JoinNames(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
