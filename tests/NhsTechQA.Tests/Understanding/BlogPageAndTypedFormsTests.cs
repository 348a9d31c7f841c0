using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A minister's blog saved as a web page (invented): the byline's author is whose first person the post is, readers'
/// comments under it are nobody's answer, and the page's title drops the site's name. Questions typed "back in march
/// 25" (March 2025) or "under 30mbps" (30 megabits per second) are read as documents write them.
/// </summary>
public sealed class BlogPageAndTypedFormsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["blog.html"] = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><title>Remote monitoring is here to stay | Care Technology Ministers' Blog</title></head>
            <body>
            <header class="site-header"><a href="/">Care Technology Ministers' Blog</a></header>
            <main><article class="post">
            <h1>Remote monitoring is here to stay</h1>
            <p class="byline">By <span class="author">Imogen Tallis MP</span>, Minister of State for Care Technology</p>
            <p class="post-date"><time datetime="2025-03-04">4 March 2025</time></p>
            <div class="post-body">
            <p>Last week I spent a morning with the remote monitoring team at Garside Hospitals.</p>
            <p>From the autumn, patients monitored at home will be able to see their own readings in the NHS App.</p>
            <p>I know that not everybody has a smartphone. I will always keep a paper diary available for anyone who wants one.</p>
            </div>
            </article>
            <section class="comments"><h2>1 comment</h2>
            <div class="comment"><p class="comment-author">Dennis Crabtree</p>
            <p class="comment-text">Great that every patient is getting a free tablet computer from the NHS next year.</p></div>
            </section></main></body></html>
            """,
        ["debate.md"] = """
            ---
            title: "Rural connectivity debate"
            date: 2025-06-10
            type: debate
            ---
            **Mr Colin Ashby** (Marsham) (Con): In my constituency, 14 GP surgeries still rely on broadband connections slower than 30 megabits per second.
            """,
    };

    [Fact]
    public async Task A_blog_pages_first_person_is_its_bylined_author_and_its_comments_are_not_text()
    {
        var answer = await AskAsync("what did tallis say about patients seeing home readings on their phone?");
        Assert.False(answer.Refused, answer.Text);
        var readings = Assert.Single(answer.Citations, c => c.Quote.Contains("see their own readings", StringComparison.Ordinal));
        Assert.Equal("Imogen Tallis", readings.Speaker);
        Assert.Equal("Remote monitoring is here to stay", readings.Title);
        var document = Assistant.Search.Index.Documents.Single(d => d.SourceId == "blog.html");
        Assert.DoesNotContain("tablet computer", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_with_two_digits_after_in_is_that_months_year_and_a_number_against_its_unit_is_both()
    {
        var explained = await ExplainAsync("what did tallis say back in march 25 about paper diaries?");
        Assert.Contains("march 2025", explained.Question.SearchText, StringComparison.Ordinal);
        Assert.Equal(2025, explained.Question.Year?.Year);
        var day = await ExplainAsync("what did tallis say on march 25th about paper diaries?");
        Assert.Null(day.Question.Year);
        var answer = await AskAsync("which MP said 14 surgeries in their patch are under 30mbps?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Colin Ashby", answer.Citations[0].Speaker);
    }

    [Fact]
    public async Task A_count_typed_in_thousands_is_read_as_documents_print_it()
    {
        var explained = await ExplainAsync("who said the 312k app sign ups were not active users?");
        Assert.Contains("312,000", explained.Question.SearchText, StringComparison.Ordinal);
        // A sum keeps its currency and is read as money.
        var money = await ExplainAsync("did anyone mention the £50k grant?");
        Assert.Contains("£50k", money.Question.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_question_asks_whether_the_statement_holds_without_negating_it()
    {
        var explained = await ExplainAsync("the 312k app sign ups were active users, weren't they? just confirm for my slide");
        Assert.DoesNotContain("weren't", explained.Question.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain(explained.Question.KeyTerms, t => t.Surface is "weren't" or "my");
        // A negation inside the question is kept: it may be what tells the question from the passage.
        var negated = await ExplainAsync("who didn't count the 312k sign ups as active users?");
        Assert.Contains("didn't", negated.Question.SearchText, StringComparison.Ordinal);
    }
}
