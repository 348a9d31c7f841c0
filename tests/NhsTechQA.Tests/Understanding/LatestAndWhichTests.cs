using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>"The most up to date figure" asks for the newest one; "which trusts" asks for names, not a count (invented documents).</summary>
public sealed class LatestAndWhichTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["spring.md"] = """
            ---
            title: "Spring conference speech"
            speaker: Nia Rowe
            date: 2025-04-02
            type: speech transcript
            ---
            Today, 31 trusts are still without a digital prescribing system.

            We are funding trials of electronic observations in 12 trusts this year.
            """,
        ["autumn.md"] = """
            ---
            title: "Autumn conference speech"
            speaker: Nia Rowe
            date: 2025-10-14
            type: speech transcript
            ---
            Today, 19 trusts are still without a digital prescribing system, down from 31 in the spring.
            """,
    };

    [Fact]
    public async Task The_most_up_to_date_figure_is_the_newest_and_its_date_is_no_topic_word()
    {
        var answer = await AskAsync("whats the most up to date figure for how many trusts still havent got digital prescribing?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("Today, 19 trusts", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_trusts_is_not_answered_by_a_count()
    {
        var answer = await AskAsync("Which trusts are in the electronic observations trials?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 trusts", StringComparison.Ordinal));
    }

    [Theory]
    // A month written short beside a year or a day is the month, not an unknown name.
    [InlineData("how many trusts were without digital prescribing in Oct 2025?")]
    [InlineData("how many trusts were still without digital prescribing in oct. 2025?")]
    public async Task A_short_month_is_the_month(string question)
    {
        var answer = await AskAsync(question);
        Assert.NotEqual(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("Today, 19 trusts", StringComparison.Ordinal));
    }
}
