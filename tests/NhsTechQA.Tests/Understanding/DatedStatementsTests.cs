using NhsTechQA.Core.Answering;
using NhsTechQA.Core;

namespace NhsTechQA.Tests.Understanding;

/// <summary>One person's statements at different times (invented speeches): dates in the answer, newest first.</summary>
public sealed class DatedStatementsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["2021-records.md"] = """
            ---
            title: "Speech on shared records"
            speaker: Ann Lee
            date: 2021-06-01
            event: Records Forum
            type: speech transcript
            ---
            I want every hospital to have shared records by 2024. Shared records save clinicians time.
            """,
        ["2024-records.md"] = """
            ---
            title: "Speech on shared records, three years on"
            speaker: Ann Lee
            date: 2024-05-03
            event: Digital Care Summit
            type: speech transcript
            ---
            I said we would have shared records everywhere by now, and we are not there yet. Shared records still need funding.
            """,
        ["pharmacy.md"] = """
            ---
            title: "Speech to community pharmacists"
            speaker: Raj Patel
            type: speech transcript
            ---
            The speech made by Raj Patel, the Minister for Care, on 12 October 2023.

            Pharmacists will be able to read a patient's record before they prescribe. That will make prescribing safer.
            """,
        ["ward-rounds.md"] = """
            ---
            title: "Remarks on ward rounds"
            speaker: Mia Ford
            type: speech transcript
            ---
            Tablets on ward rounds let nurses record observations at the bedside. We will fund them for every ward.
            """,
    };

    [Fact]
    public async Task What_a_person_said_over_time_is_listed_newest_first_with_dates()
    {
        var answer = await Assistant.AskAsync(Assistant.NewConversation(), "What did Ann Lee say about shared records?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("On 3 May 2024", answer.Text);
        Assert.Contains("On 1 June 2021", answer.Text);
        Assert.True(answer.Text.IndexOf("On 3 May 2024", StringComparison.Ordinal) < answer.Text.IndexOf("On 1 June 2021", StringComparison.Ordinal), answer.Text);
        Assert.Equal("2024-records.md", answer.Citations[0].Source);
        Assert.DoesNotContain(".md", answer.Text);
    }

    [Fact]
    public async Task A_follow_up_with_no_words_of_its_own_is_answered_from_the_previous_answers_document()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.AskAsync(conversation, "What did Raj Patel say about pharmacists reading records?", CancellationToken.None);
        Assert.False(first.Refused, first.Text);
        var when = await Assistant.AskAsync(conversation, "when was that?", CancellationToken.None);
        Assert.False(when.Refused, when.Text);
        Assert.Contains("12 October 2023", when.Citations[0].Quote);
        Assert.Equal("pharmacy.md", when.Citations[0].Source);
    }

    [Fact]
    public async Task A_follow_up_asking_only_for_a_date_the_documents_do_not_give_says_so_and_points_to_the_passage()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.AskAsync(conversation, "What did Mia Ford say about tablets on ward rounds?", CancellationToken.None);
        Assert.False(first.Refused, first.Text);
        var when = await Assistant.AskAsync(conversation, "when was that?", CancellationToken.None);
        Assert.True(when.Refused, when.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, when.Status);
        Assert.Equal("ward-rounds.md", Assert.Single(when.Citations).Source);
        Assert.Contains("date", when.Text);
    }
}
