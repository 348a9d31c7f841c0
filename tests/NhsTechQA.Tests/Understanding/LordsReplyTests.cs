namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// In a Lords oral question whose labels stand on lines of their own, a peer's question is answered by the minister's
/// words after the next label, not by the label; "what did the minister tell him?" asks for the words said to the
/// peer, not his (invented document).
/// </summary>
public sealed class LordsReplyTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["lords.md"] = """
            ---
            title: "NHS: Cyber Security"
            speakers: [Lord Fennick of Dalby, Baroness Orme of Tilbury]
            date: 2025-10-21
            type: hansard debate
            ---
            Lord Fennick of Dalby (Con)
            My Lords, can the Minister tell the House how many NHS organisations have paid a ransom to criminals?

            Baroness Orme of Tilbury (Lab)
            My Lords, none has done so, and Government policy is clear that none should.

            Lord Pellew of Stainmoor (Con)
            My Lords, will the Minister say when every trust will meet the cyber baseline standard?

            Baroness Orme of Tilbury (Lab)
            My Lords, we expect every trust to meet it by March 2027, and we will publish progress each quarter.

            Baroness Ingle (LD)
            My Lords, is the Minister satisfied that suppliers are held to the same standard as trusts?

            Baroness Orme of Tilbury (Lab)
            My Lords, yes: every supplier on the national framework must now pass the same assessment before a contract is signed.
            """,
    };

    [Fact]
    public async Task A_question_is_answered_by_the_words_after_the_next_label()
    {
        var answer = await AskAsync("have NHS organisations paid a ransom to criminals?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("My Lords, none has done so", answer.Citations[0].Quote);
        Assert.Equal("Baroness Orme of Tilbury", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("what did lord pellew ask?", "and what did the minister tell him?", "March 2027")]
    [InlineData("what did baroness ingle ask about suppliers?", "what did the minister tell her?", "every supplier on the national framework")]
    public async Task What_the_minister_told_the_person_asked_about_is_her_reply_to_them(string first, string followUp, string reply)
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, first, CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, followUp, CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(reply, answer.Citations[0].Quote);
        Assert.Equal("Baroness Orme of Tilbury", answer.Citations[0].Speaker);
    }

    [Fact]
    public async Task A_person_named_as_the_one_told_is_spoken_to_not_asked_about()
    {
        var conversation = Assistant.NewConversation();
        const string question = "baroness ingle asked about suppliers in the lords - what did the minister tell her?";
        var analyzed = Assistant.Extractive.Analyze(question, conversation);
        Assert.Equal(["Baroness Ingle"], analyzed.Addressees);
        Assert.DoesNotContain("Baroness Ingle", analyzed.Speakers);
        var answer = await Assistant.Extractive.AskAsync(conversation, question, CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("every supplier on the national framework", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what did the minister tell him?", false)]
    [InlineData("what did the minister reply to him about ransoms?", false)]
    // "Her" before a noun is whose, not whom: "what's his main worry" asks for the peer's words.
    [InlineData("and what was his main worry about it?", true)]
    public async Task Words_said_to_the_person_asked_about_are_not_theirs(string followUp, bool theirWords)
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "what did lord fennick ask about ransoms?", CancellationToken.None);
        var analyzed = Assistant.Extractive.Analyze(followUp, conversation);
        Assert.Equal(theirWords, analyzed.ScopedToSpeakers);
    }
}
