using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A promise to give a detail later ("I will set out the date by which every trust must… in the plan we publish in the
/// new year") does not give it: a question for the detail is refused pointing there, while a question about when the
/// promise will be kept is answered by it (invented documents).
/// </summary>
public sealed class PromisedDetailTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Minister of State for Health speech to the pharmacy conference"
            speaker: Helen Ashgrove
            date: 2025-11-14
            type: ministerial speech
            ---
            Thank you for having me. Nineteen acute trusts still have no electronic prescribing on their wards.

            I will set out the date by which every acute trust must have full electronic prescribing in the medicines plan we publish in the new year. I will set it with you, not over your heads.

            From April, any trust receiving central funding for electronic prescribing will have to meet the new safety standard.
            """,
        ["report.md"] = """
            ---
            title: "Closed-loop medicines at Brackwell"
            date: 2025-10-02
            type: news report
            ---
            Brackwell Hospitals has switched on closed-loop medicines administration on 38 wards. Nurses scan the wristband and the box before every dose.
            The trust said missed doses had fallen by a fifth since the switch.
            """,
        ["filler.md"] = """
            ---
            title: "Community nursing devices"
            date: 2025-01-20
            type: news report
            ---
            Community nurses in the county are to get new tablets. The devices work offline and upload records when a signal returns.
            """,
    };

    [Fact]
    public async Task The_date_promised_for_later_is_refused_pointing_to_the_promise()
    {
        var answer = await AskAsync("by what date does the minister want every acute trust on full electronic prescribing?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("I will set out the date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_promise_will_be_kept_is_answered_by_it()
    {
        var answer = await AskAsync("when will helen ashgrove set out the date for full electronic prescribing?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("in the medicines plan we publish in the new year", StringComparison.Ordinal));
    }
}
