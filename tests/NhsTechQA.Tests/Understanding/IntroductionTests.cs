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
        ["debate.md"] = """
            ---
            title: "Westminster Hall: GP Telephony"
            date: 2025-06-18
            event: Westminster Hall debate
            type: hansard debate
            ---
            Daniel Frome (Ashcombe) (Con): A constituent of 84 told me she felt she was being told to use the app or go without.

            The Minister for Health (Carla Bright): Nobody is being told to use the app or go without, and I will say so to every practice.

            Carla Bright: Practices will keep their phone lines open all day.
            """,
        ["wards.txt"] = """
            Virtual wards are not a cheap bed, says GP
            "Virtual wards are not a cheaper hospital bed," Dr Owen Marl said.
            """,
    };

    [Fact]
    public async Task Every_member_whose_turn_a_debate_records_speaks_at_the_debate()
    {
        var answer = await AskAsync("what did Daniel Frome say about his constituent of 84?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("On 18 June 2025, at Westminster Hall debate, Daniel Frome said:", answer.Text);
        Assert.DoesNotContain("in the report on", answer.Text);
    }

    [Fact]
    public async Task An_introduction_with_no_date_or_event_starts_with_a_capital()
    {
        var answer = await AskAsync("who said virtual wards are not a cheaper hospital bed?");
        Assert.False(answer.Refused, answer.Text);
        Assert.True(char.IsUpper(answer.Text[0]), answer.Text);
    }

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
