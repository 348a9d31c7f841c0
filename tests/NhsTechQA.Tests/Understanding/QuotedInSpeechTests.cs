namespace NhsTechQA.Tests.Understanding;

/// <summary>Someone a minister quotes in a speech is introduced as quoted by the minister, there and then (invented speech).</summary>
public sealed class QuotedInSpeechTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["care-homes.md"] = """
            ---
            title: "Care homes and shared records"
            speaker: Alex Morgan
            date: 2025-03-12
            event: Care Records Summit
            type: speech transcript
            ---
            Last month I visited a nursing home. I asked the registered manager, Colette Barnes, what frustrated her most. She told me: "We send residents to hospital with a carrier bag of paperwork."
            We will connect every care home to the shared record by 2027.
            """,
    };

    [Fact]
    public async Task The_quoted_person_is_named_as_quoted_by_the_speaker_at_the_event()
    {
        var answer = await AskAsync("who said residents go to hospital with a carrier bag of paperwork?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("On 12 March 2025, at Care Records Summit, Alex Morgan quoted Colette Barnes:", answer.Text);
        Assert.Equal("Colette Barnes", answer.Citations[0].Speaker);
    }
}
