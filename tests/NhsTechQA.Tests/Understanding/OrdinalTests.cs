namespace NhsTechQA.Tests.Understanding;

/// <summary>"The 3rd outage" is the "third" a member spoke of (invented documents).</summary>
public sealed class OrdinalTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["debate.md"] = """
            ---
            title: "GP IT Outages"
            date: 2025-06-12
            type: hansard, westminster hall
            ---
            **Joanna Whitford** (Ashcombe) (Lab):
            The May outage was not the first; it was the third significant outage affecting general practice in eighteen months. Practices were left without records for two days.

            **The Minister for Care (Helen Dunmore)**:
            I recognise the frustration of practices, and the supplier has set out what went wrong.
            """,
    };

    [Fact]
    public async Task An_ordinal_in_figures_is_the_one_spelt_out()
    {
        var explained = await ExplainAsync("who in the debate pointed out this was the 3rd big GP outage in a year and a half?");
        Assert.Equal(0, Feature(explained, "numbers_missing_in_best"));
        var answer = await AskAsync("who in the debate pointed out this was the 3rd big GP outage in a year and a half?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Joanna Whitford", answer.Citations[0].Speaker);
    }
}
