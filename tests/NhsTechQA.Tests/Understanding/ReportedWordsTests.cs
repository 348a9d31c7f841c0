namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A press report that sums up what someone said, then gives their own words in the next paragraph: the citation of
/// the summary carries their words with it, to where the paragraph of their quotation ends.
/// </summary>
public sealed class ReportedWordsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["booking.txt"] = """
            Trust chief warns over app booking for diagnostic centres
            By Nell Garvey
            4 September 2025

            Plans to let patients book scans at community diagnostic centres through the NHS App were discussed at the Digital Diagnostics Forum in Birmingham.

            Morwenna Hale, chief executive of Tallow Vale NHS Trust, said that her trust welcomed the plan but warned that the hardest work would be behind the scenes.

            "The app is the part patients see, but our booking staff still juggle three systems," she said. "Until the app can see real capacity in our radiology system, we risk offering patients slots that do not exist."

            Ravi Sandhu, a radiographer at the trust, said the change would be welcome. "Patients ring us four times to move one scan," he said.
            """,
    };

    [Fact]
    public async Task A_report_of_someones_worry_is_cited_with_the_words_that_follow_it()
    {
        var answer = await AskAsync("what did Morwenna Hale warn would be the hardest work?");
        Assert.False(answer.Refused, answer.Text);
        var first = Assert.Single(answer.Citations);
        Assert.StartsWith("Morwenna Hale, chief executive", first.Quote);
        Assert.EndsWith("slots that do not exist.\"", first.Quote);
        // Still one exact span of the document, and not into the next person's paragraph.
        Assert.DoesNotContain("Ravi Sandhu", first.Quote);
    }
}
