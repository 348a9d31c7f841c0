using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>"The gist of someone's speech": their distinct points, not the sentence that best matches the place (invented documents).</summary>
public sealed class SummaryTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["care-speech.md"] = """
            ---
            title: "Minister for Care speech on the NHS login in social care"
            speaker: Rhys Penhallow
            date: 2025-05-21
            event: Care Providers Digital Conference, Manchester
            type: speech transcript
            ---
            It is good to be in Manchester with you.

            I want to talk about two things today: the NHS login in social care, and connectivity in care homes.

            By the end of March 2027, half a million people who draw on care will use the NHS login to see their own care plans.

            We will not make the NHS login compulsory for anyone who draws on care, and paper will remain for those who want it.

            Care homes will share a £32 million fund to put reliable Wi-Fi into residents' rooms over the next two years.

            Care homes will share the fund to put Wi-Fi into the rooms of residents over two years.
            """,
        ["primary-care-speech.md"] = """
            ---
            title: "Speech on general practice"
            speaker: Catherine Ashdown
            date: 2025-05-14
            event: Primary Care Digital Summit, Birmingham
            type: speech transcript
            ---
            My colleague Rhys Penhallow will be speaking to care providers in Manchester next week about the NHS login.

            Every practice will keep its online consultation tool open throughout core hours from October.
            """,
    };

    [Theory]
    [InlineData("give me the gist of Penhallow's Manchester speech")]
    // A possessive typed without its apostrophe still names him.
    [InlineData("give me the gist of penhallows manchester speech")]
    public async Task A_summary_gives_the_speakers_distinct_points(string question)
    {
        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.All(answer.Citations, c => Assert.Equal("Rhys Penhallow", c.Speaker));
        // Not the greeting that best matches "Manchester", and not the same point twice.
        Assert.DoesNotContain(answer.Citations, c => c.Quote.StartsWith("It is good to be"));
        Assert.True(answer.Citations.Count(c => c.Quote.Contains("Wi-Fi")) <= 1, answer.Text);
        Assert.Equal(3, answer.Citations.Count);
    }

    [Fact]
    public async Task A_summary_about_a_topic_is_answered_on_the_topic()
    {
        var explained = await ExplainAsync("summarise what Penhallow said about the fund for residents' rooms");
        Assert.True(explained.Verdict.Answerable);
        Assert.Contains("fund", Assistant.Search.Index.TextOf(explained.Selected[0].Sentence));
    }
}
