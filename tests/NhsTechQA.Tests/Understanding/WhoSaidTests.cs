namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// "Who said…?" is answered by whoever the words are attributed to: a report's narration of the same fact names nobody
/// (an invented press report); and "4.2m" in a question is the report's "£4.2 million".
/// </summary>
public sealed class WhoSaidTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["report.md"] = """
            ---
            title: "Harrowby counts the cost of its record go-live"
            date: 2025-11-02
            type: press report
            ---
            Harrowby General Hospital has spent £4.2 million more than planned on the go-live of its new patient record, according to board papers seen by this publication, as staff describe weeks of late finishes.

            The trust switched the record on across both of its sites in September after two delays.

            Ruth Kemble, the trust's chief executive, said: "The go-live has cost us £4.2 million more than we planned, most of it in agency cover. I will not pretend otherwise."

            A union representative said staff had worked unpaid overtime for a month.

            The chief nurse, Dr Amara Lowell, said the wards would not keep paper charts alongside the new record. "Paper is not a safety net. It is a hazard," she said.
            """,
    };

    [Fact]
    public async Task Who_said_cites_the_person_who_said_it_before_the_narration()
    {
        var answer = await AskAsync("who said the harrowby record go-live went 4.2m over budget?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Ruth Kemble", answer.Citations[0].Speaker);
        Assert.Contains("Kemble", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_said_in_the_askers_words_is_answered_though_the_retelling_drops_the_negation()
    {
        // "a danger rather than a backup" retells "not a safety net … a hazard": whose words they are is still found.
        var answer = await AskAsync("who said paper charts are a danger rather than a backup?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Amara Lowell", answer.Citations[0].Speaker);
    }
}
