using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A chief executive's blog (front matter "author", first person) beside a news report with an author who only
/// narrates (invented documents): the blog's words are its author's, its CIO's quotation runs on after "he told the
/// board", and questions typed with "in feb" or "did he blame…?" are read as asked.
/// </summary>
public sealed class BlogAuthorTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["outage-blog.md"] = """
            ---
            title: "Two days on paper: what our record outage taught us"
            author: Dr Helen Marsdale
            date: 2025-02-20
            type: blog
            ---
            Hello everyone,

            I promised I would write this up properly, so here it is. At 04:10 on 4 February our electronic patient record stopped responding across all three of our hospitals.

            I want to be clear: this was not a cyber attack. The cause was a failed firmware update on a storage array at our supplier's data centre.

            Our chief information officer, Owen Trask, presented his findings to the board last week. "We rehearsed our downtime procedures for a four-hour outage," Owen told the board. "We never rehearsed for two days.

            "That's on us, not on our supplier. A supplier can fail, and one day one will again."

            I agree with every word.
            """,
        ["news.md"] = """
            ---
            title: "Hospital group switches on bedside scanning"
            author: Priya Dawlish
            date: 2025-03-01
            type: news report
            ---
            I can reveal that Wexcombe Hospitals has switched on bedside barcode scanning on every ward. The trust said the scanners cost £1.2 million.
            """,
    };

    [Fact]
    public async Task A_first_person_blog_is_its_authors_words_and_a_news_reports_author_only_narrates()
    {
        var answer = await AskAsync("what did helen marsdale say caused the outage?");
        Assert.False(answer.Refused, answer.Text);
        var cause = Assert.Single(answer.Citations, c => c.Quote.Contains("failed firmware update", StringComparison.Ordinal));
        Assert.Equal("Dr Helen Marsdale", cause.Speaker);
        var news = await AskAsync("how much did the bedside scanners at wexcombe cost?");
        Assert.All(news.Citations.Where(c => c.Source == "news.md"), c => Assert.Null(c.Speaker));
    }

    [Fact]
    public async Task A_quotation_after_the_cios_runs_on_into_the_next_paragraph_as_his()
    {
        var answer = await AskAsync("did owen trask blame the supplier?");
        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Quote.Contains("That's on us", StringComparison.Ordinal));
        Assert.Equal("Owen Trask", citation.Speaker);
        Assert.Equal(ExpectedAnswer.Any, (await ExplainAsync("and did he blame the supplier for it?")).Question.Expected);
        Assert.Equal(ExpectedAnswer.Reason, (await ExplainAsync("what did they blame the outage on?")).Question.Expected);
    }

    [Fact]
    public async Task A_short_month_after_a_word_of_time_is_the_month()
    {
        var explained = await ExplainAsync("what actually caused the record to go down in feb?");
        Assert.Contains(explained.Question.KeyTerms, t => t.Surface == "February");
        Assert.Equal(ExpectedAnswer.Reason, explained.Question.Expected);
        Assert.Contains((await AskAsync("what actually caused the record to go down in feb?")).Citations, c => c.Quote.Contains("failed firmware update", StringComparison.Ordinal));
    }
}
