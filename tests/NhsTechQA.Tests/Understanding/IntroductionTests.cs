namespace NhsTechQA.Tests.Understanding;

/// <summary>How an answer introduces a passage: who, where and when, read from metadata as written (invented documents).</summary>
public sealed class IntroductionTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["forum-report.md"] = """
            ---
            title: "Hospice referrals go electronic"
            speakers: [Naomi Achterberg]
            date: 2025-05-22
            event: Palliative Care Digital Forum, Manchester, 20 May 2025
            type: press report
            ---
            Dr Naomi Achterberg said the wait for a hospice bed had fallen from four and a half days to under two.
            """,
        ["committee.md"] = """
            ---
            title: "Oral evidence: electronic prescribing"
            speakers: [Eleanor Haskett, Dr Rhiannon Tuck]
            date: 2025-02-04
            event: Health and Social Care Committee
            type: oral evidence
            ---
            Q119 Eleanor Haskett: How was the rollout of barcode scanning paid for?

            Dr Tuck: Closed-loop barcode scanning is an ambition, not a funded programme.
            """,
    };

    [Fact]
    public async Task An_event_that_gives_its_own_date_is_not_given_a_second_one()
    {
        var answer = await AskAsync("how long did people wait for a hospice bed?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("At Palliative Care Digital Forum, Manchester, 20 May 2025,", answer.Text);
        Assert.DoesNotContain("22 May 2025", answer.Text);
    }

    [Fact]
    public async Task A_witness_listed_with_a_title_speaks_at_the_session_not_in_a_report_on_it()
    {
        var answer = await AskAsync("is barcode scanning funded?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("On 4 February 2025, at Health and Social Care Committee, Rhiannon Tuck said:", answer.Text);
        Assert.DoesNotContain("in the report on", answer.Text);
    }
}
