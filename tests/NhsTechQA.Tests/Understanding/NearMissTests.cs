using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A passage that says the opposite of a phrase of the question is a near miss, not its answer (invented report).</summary>
public sealed class NearMissTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["booking.md"] = """
            ---
            title: "Diagnostic centres join the NHS App"
            speaker: Ravi Kapoor
            date: 2025-09-04
            type: press report
            ---
            Ravi Kapoor, the minister for diagnostics, said a pilot across eight centres in the East Midlands had cut missed appointments from 9 per cent to 6 per cent.
            Care homes with nursing will be connected first, he said.
            "Patients want to rearrange a slot on their phone rather than wait on hold," Kapoor said.
            """,
        ["rostering.md"] = """
            ---
            title: "Nurse rostering evidence"
            speaker: Helen Achebe
            date: 2025-01-28
            type: oral evidence
            ---
            Every acute trust now uses electronic rostering for its nursing staff. Rosters are approved six weeks ahead.
            Agency spending fell by three million pounds at one trust. We are not proposing a single national system.
            Trusts must meet common data standards by April 2026. The standards let systems share shift patterns.
            """,
        ["scanners.md"] = """
            ---
            title: "Speech on diagnostic capacity"
            speaker: Ravi Kapoor
            type: speech transcript
            ---
            Fourteen trusts are in the first wave of the scanner replacement programme.
            We are providing £31 million for scanner replacement in 2025-26.
            """,
    };

    [Theory]
    [InlineData("how many trusts are in the second wave of the scanner replacement programme?")]
    [InlineData("how much is kapoor providing for scanner replacement in 2026-27?")]
    public async Task Another_ordinal_or_financial_year_is_a_near_miss(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnsure, answer.Status);
    }

    [Theory]
    [InlineData("how many trusts are in the first wave of the scanner replacement programme?", "Fourteen trusts")]
    [InlineData("how much is kapoor providing for scanner replacement in 2025-26?", "£31 million")]
    public async Task The_ordinal_or_financial_year_as_written_is_answered(string question, string expected)
    {
        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(expected, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did missed appointments fall to in the west midlands pilot?")]
    [InlineData("which care homes without nursing will be connected first?")]
    public async Task The_opposite_phrase_is_shown_as_the_closest_passage_not_given_as_the_answer(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnsure, answer.Status);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public async Task The_phrase_as_written_is_answered()
    {
        var answer = await AskAsync("what did missed appointments fall to in the East Midlands pilot?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("9 per cent to 6 per cent", StringComparison.Ordinal));
    }
}
