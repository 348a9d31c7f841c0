using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A strategy whose title names two places gives a target for one of them ("300 virtual ward beds in Mersefield
/// place") and says the other's is not set yet: asked for the other, typed in lower case, it is a near miss
/// (invented document).
/// </summary>
public sealed class AnotherPlaceOfTheKindTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["strategy.md"] = """
            ---
            title: "Mersefield and Ashby ICB Digital Strategy 2024-2028: Summary"
            date: 2024-11-01
            type: strategy
            ---
            Virtual wards. By 2026/27 we will have 300 virtual ward beds in Mersefield place, up from 180 beds today, with a focus on frailty and heart failure. Targets for Ashby place will be set once the Ashby and Wendle record is live, because remote monitoring depends on it.

            Cyber resilience. We will invest up to £3.2 million of the ICB's own capital in cyber resilience over the four years of this strategy.
            """,
    };

    [Fact]
    public async Task A_figure_for_another_place_of_the_kind_asked_about_is_a_near_miss()
    {
        var answer = await AskAsync("how many virtual ward beds is ashby place aiming for by 2026/27?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnsure, answer.Status);
    }

    [Fact]
    public async Task The_place_the_figure_is_given_for_is_answered()
    {
        var answer = await AskAsync("how many virtual ward beds is mersefield place aiming for by 2026/27?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("300 virtual ward beds", StringComparison.Ordinal));
    }
}
