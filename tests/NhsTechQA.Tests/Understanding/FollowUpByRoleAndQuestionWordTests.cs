using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>Follow-ups that carry nothing but a question word, or a role owned by a pronoun (invented documents).</summary>
public sealed class FollowUpByRoleAndQuestionWordTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["summit-speech.md"] = """
            ---
            title: "Minister's speech to the Harwell Care Summit"
            speaker: Rosa Linden
            date: 2026-02-04
            type: speech transcript
            ---
            Good morning. It is a pleasure to be in Harwell.

            Nurses see the consequences of every digital decision first. I want every trust board in England to have a chief nursing information officer, with a seat at the board table, by April 2027.

            We will also put £30 million into cyber resilience for community trusts this year.
            """,
        ["annual-report.md"] = """
            ---
            title: "Torbay Cross Hospitals annual report: digital"
            date: 2026-07-10
            ---
            Torbay Cross Hospitals NHS Foundation Trust has moved go-live of its new electronic patient record from October 2026 to February 2027, after a trial migration found errors in pathology results.

            Miriam Oakes, chief executive of Torbay Cross Hospitals, said: "We will not ask clinicians to make decisions on results they cannot trust. I would rather be late than unsafe."

            Greyford Community Trust's chief executive, Paul Denning, said the community trust would follow in 2028.
            """,
    };

    [Fact]
    public async Task A_follow_up_of_a_question_word_alone_is_about_the_previous_question()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "did the minister say anything about nurses leading on digital at the harwell summit?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "by when?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("by April 2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_owned_by_a_pronoun_is_held_at_the_place_the_previous_question_named()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "why has torbay cross pushed its EPR go-live back?", CancellationToken.None);
        var explained = await Assistant.Extractive.ExplainAsync(conversation, "what did their chief exec say about it?", CancellationToken.None);
        Assert.Equal(["Miriam Oakes"], explained.Question.Speakers);
        var answer = await Assistant.Extractive.AskAsync(conversation, "what did their chief exec say about it?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("rather be late than unsafe", StringComparison.Ordinal));
    }
}
