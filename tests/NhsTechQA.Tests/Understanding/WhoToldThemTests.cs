namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// "Who told her that…?" after a question about her: she is the one spoken to, so the answer is someone else's words
/// (an invented interview in which the interviewee quotes a colleague).
/// </summary>
public sealed class WhoToldThemTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["interview.md"] = """
            ---
            title: "Interview: life after go-live"
            speaker: Dana Whitfield
            date: 2025-05-20
            type: interview
            ---
            **Why did you delay the go-live?**

            We delayed the record by six weeks because the ward teams were not ready. Our chief nurse, Tom Ellery, said to me the week before: "If this fails, it fails on the wards, not in your office."

            **What happened next?**

            We doubled the number of floor-walkers for the first month.
            """,
    };

    [Fact]
    public async Task Who_told_her_is_answered_from_the_colleague_she_quotes()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "What did Dana Whitfield say about delaying the go-live?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "who told her that if it fails it fails on the wards?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Tom Ellery", answer.Citations[0].Speaker);
        Assert.Contains("Ellery", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_did_she_say_is_still_her_words()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "What did Dana Whitfield say about delaying the go-live?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "what did she say happened in the first month?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Dana Whitfield", answer.Citations[0].Speaker);
    }
}
