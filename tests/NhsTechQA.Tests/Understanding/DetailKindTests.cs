using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Questions that ask for a sum of money or an organisation's name (invented report): answered when a passage gives
/// one, refused as detail missing, pointing to the passage, when the topic is there but the detail is not.
/// </summary>
public sealed class DetailKindTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["scanners.md"] = """
            ---
            title: "Minister opens digital pathology network"
            speaker: Ruth Okonjo
            date: 2025-03-04
            type: press report
            ---
            Ruth Okonjo said 40% of pathology networks now scan their slides. "Every network will scan its slides within three years," she said.
            The scanners will be bought through the Eastfield Pathology Network, which covers nine trusts.
            """,
        ["wards.md"] = """
            ---
            title: "Minister funds ward tablets"
            speaker: Tom Reyes
            date: 2025-05-09
            type: press report
            ---
            "Tablets on every ward will let nurses record observations at the bedside," health minister Tom Reyes said. The tablets will be supplied by Harlow Devices.
            The minister said £12 million of new funding would pay for the ward tablets over two years.
            """,
        ["triage.md"] = """
            ---
            title: "Fund for chest X-ray triage"
            date: 2025-06-02
            type: press report
            ---
            Health minister Ann Kerr said the Chest Triage Fund would let trusts use AI software to put the most urgent chest X-rays first.
            """,
    };

    [Theory]
    // A programme's name or a minister's is not a company: the passage names no business.
    [InlineData("which company supplies the AI software for chest X-ray triage?")]
    [InlineData("who's the supplier of the chest X-ray triage software?")]
    public async Task A_company_question_is_not_answered_by_a_name_that_is_no_company(string question)
    {
        var answer = await Assistant.AskAsync(Assistant.NewConversation(), question, CancellationToken.None);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
    }

    // Her passages on scanners give a percentage and a number of years, but no sum of money; nor do they name any
    // company but the network the question names.
    [Theory]
    [InlineData("How much funding did Ruth Okonjo announce for slide scanners?")]
    [InlineData("Which company is supplying the Eastfield Pathology Network's scanners?")]
    [InlineData("how much per scanner are networks paying? Ruth Okonjo must have said")]
    public async Task A_topic_given_without_the_sum_or_the_company_asked_for_is_refused_as_detail_missing(string question)
    {
        var answer = await Assistant.AskAsync(Assistant.NewConversation(), question, CancellationToken.None);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains(answer.Citations, c => c.Source == "scanners.md");
    }

    [Theory]
    [InlineData("How much funding did Tom Reyes announce for ward tablets?", "£12 million")]
    [InlineData("Which company will supply the ward tablets?", "Harlow Devices")]
    [InlineData("who's the supplier of the ward tablets?", "Harlow Devices")]
    public async Task The_same_questions_are_answered_when_a_passage_gives_the_detail(string question, string detail)
    {
        var answer = await Assistant.AskAsync(Assistant.NewConversation(), question, CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_about_the_cost_is_answered_by_a_sum_though_the_speaker_never_says_cost()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.AskAsync(conversation, "What did Tom Reyes say about ward tablets?", CancellationToken.None);
        Assert.False(first.Refused, first.Text);
        var cost = await Assistant.AskAsync(conversation, "and what did he say about the cost?", CancellationToken.None);
        Assert.False(cost.Refused, cost.Text);
        Assert.Contains(cost.Citations, c => c.Quote.Contains("£12 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_about_it_is_judged_on_the_previous_topic_too()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.AskAsync(conversation, "What did Tom Reyes say about ward tablets?", CancellationToken.None);
        Assert.False(first.Refused, first.Text);
        // "worry" is nowhere in his words; the tablets he spoke of are.
        var worry = await Assistant.AskAsync(conversation, "what's his main worry about it?", CancellationToken.None);
        Assert.NotEqual(AnswerStatus.RefusedNotTheirWords, worry.Status);
    }

    // "How much is … worth" frames the question; the words between are its topic, searched for and required.
    [Fact]
    public async Task The_words_between_how_much_and_worth_are_the_topic_not_the_frame()
    {
        var explained = await ExplainAsync("How much is the ward tablets funding worth, and over how long?");
        Assert.Equal(ExpectedAnswer.Money, explained.Question.Expected);
        Assert.Contains(explained.Question.SubjectTerms, t => t.Surface == "tablets");
        Assert.DoesNotContain(explained.Question.SubjectTerms, t => t.Surface == "worth");
    }
}
