using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A figure dated in the passage itself ("As of 31 May 2025") asked for another year's same month (invented, undated
/// written answer): a near miss, refused as unsure and pointing there; asked for its own year, answered.
/// </summary>
public sealed class SameMonthOtherYearTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["written-answers.txt"] = """
            NHS App: Hospital Services
            Question tabled by Ruth Dunmore MP. Answered by Stephen Calloway, Minister of State for Health.

            As of 31 May 2025, 97 NHS trusts in England were making hospital appointment letters available to patients through the NHS App. NHS England expects this to rise to 120 trusts by the end of September 2025.
            """,
    };

    [Fact]
    public async Task The_same_month_of_another_year_is_a_near_miss()
    {
        var answer = await AskAsync("how many trusts had hospital appointment letters in the nhs app as of may 2024?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnsure, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("97 NHS trusts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Its_own_year_is_answered()
    {
        var answer = await AskAsync("how many trusts had hospital appointment letters in the nhs app as of may 2025?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("97 NHS trusts", StringComparison.Ordinal));
    }
}
