using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A follow-up in the asker's own idiom is judged with the topic it continues where the passage carries it (invented speech).</summary>
public sealed class FollowUpTopicTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["summit-speech.md"] = """
            ---
            title: "Minister's speech to the Northern Care Summit"
            speaker: Rowena Castle
            date: 2025-10-02
            type: speech transcript
            ---
            Good morning. It is a pleasure to be back in Leeds.

            Of the 221 trusts in England, 207 now have an electronic patient record in place. That leaves fourteen trusts where clinicians still work largely on paper.

            We have set aside £650 million to get those last fourteen trusts onto an electronic patient record. I can confirm this morning that £412 million of that has already been committed to the fourteen trusts, in signed contracts and agreed plans.

            I do not want fourteen trusts running fourteen different procurements, so we will buy once, nationally, and let trusts call off the framework.
            """,
    };

    [Fact]
    public async Task A_follow_up_in_the_askers_idiom_is_answered_from_the_passage_that_carries_the_topic_it_continues()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "how big is the pot for getting the last trusts onto an EPR?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "and how much of it is already locked in?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£412 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_topic_a_follow_up_continues_counts_where_the_passage_has_it_and_is_never_missing()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "how big is the pot for getting the last trusts onto an EPR?", CancellationToken.None);
        var explained = await Assistant.Extractive.ExplainAsync(conversation, "and how much of it is already locked in?", CancellationToken.None);
        // "Locked" is in no document: alone, it would leave the passage covering nothing of the question.
        Assert.True(Feature(explained, "coverage_cited") > 0, $"{Feature(explained, "coverage_cited")}");
        Assert.DoesNotContain(explained.Verdict.MissingTopics, t => t.Equals("pot", StringComparison.OrdinalIgnoreCase));
    }
}
