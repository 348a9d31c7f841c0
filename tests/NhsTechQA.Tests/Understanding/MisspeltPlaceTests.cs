using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A place or body typed with one slip ("kestlbury trust") is the documents' one, not an unknown name.</summary>
public sealed class MisspeltPlaceTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["briefing.md"] = """
            ---
            title: "Ministerial visit briefing: Kestlebury General Hospital"
            date: 2026-03-12
            ---
            Kestlebury General Hospital has been awarded £14.2 million from the frontline digitisation programme, of which £5.3 million has been paid to date.
            The trust's new electronic patient record is due to go live in May 2027.
            """,
    };

    [Fact]
    public async Task A_name_misspelt_by_one_letter_is_read_as_the_documents_name()
    {
        var answer = await AskAsync("how much of its digitisation money has kestlbury trust actually been paid to date?");
        Assert.NotEqual(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£5.3 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_two_slips_away_is_still_unknown()
    {
        var answer = await AskAsync("how much of its digitisation money has kestlbery trust been paid to date?");
        Assert.Equal(AnswerStatus.RefusedUnknownName, answer.Status);
    }
}
