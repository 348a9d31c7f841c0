namespace NhsTechQA.Tests.Understanding;

/// <summary>"How did X and Y differ on…" cites each one's point, however much more one of them said (invented transcript).</summary>
public sealed class ComparisonTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["committee.md"] = """
            ---
            title: "Oral evidence: pathology networks"
            date: 2025-09-09
            type: select committee transcript
            ---
            Witnesses: Dr Omar Hassan, Network Director; Professor Jane Kirby, Clinical Lead.

            Q12 Chair: What is slowing the digital pathology roll-out?

            Dr Hassan: Digital pathology roll-out is slowed by scanners. Digital pathology roll-out needs more scanners in every laboratory. The scanners for digital pathology roll-out are on order. Without scanners the digital pathology roll-out waits.

            Professor Kirby: For me the brake is the pathologists' confidence in reading slides on a screen.
            """,
    };

    [Fact]
    public async Task A_comparison_of_two_people_cites_each_ones_point()
    {
        var answer = await AskAsync("How did Dr Hassan and Professor Kirby differ on what is slowing the digital pathology roll-out?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Speaker == "Omar Hassan");
        Assert.Contains(answer.Citations, c => c.Speaker == "Jane Kirby");
    }
}
