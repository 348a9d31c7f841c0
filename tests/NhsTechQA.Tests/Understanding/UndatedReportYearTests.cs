using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A year asked about when the best passage is an undated report of the words and another cited passage is the dated
/// record of them (invented documents).
/// </summary>
public sealed class UndatedReportYearTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["report.txt"] = """
            ---
            title: "Hospital bots to take on more paperwork as union warns over posts"
            date: (not stated in excerpt)
            type: regional news report
            ---
            Software robots will take over dozens more administrative tasks at Wrexley's hospitals, the trust has said.
            Nationally, the Health and Social Care Secretary, Martin Halloran, told MPs in April that trusts bringing in automation should get their unions involved from the start.
            The trust said it would meet union representatives next month.
            """,
        ["hansard.md"] = """
            ---
            title: "Health and Social Care: Oral Answers to Questions"
            date: 2025-04-29
            type: Hansard
            ---
            **Ms Jo Pryor (Wrexley) (Lab):** Will the Secretary of State make sure that staff are not simply replaced by software?

            **The Secretary of State for Health and Social Care (Martin Halloran):** Any trust introducing automation should involve staff and their unions from the very beginning. Automation is there to give staff time back.
            """,
        ["pharmacy.md"] = """
            ---
            title: "Pharmacy notes"
            type: news report
            ---
            Community pharmacies will be able to see a patient's allergies from next spring. The service starts in the north.
            """,
        ["beds.md"] = """
            ---
            title: "Bed management"
            type: news report
            ---
            Every ward now shows its empty beds on one screen. Discharge lounges opened in three hospitals.
            """,
        ["cyber.md"] = """
            ---
            title: "Cyber security"
            type: news report
            ---
            Every supplier must pass the same security assessment. Backups are now kept offline.
            """,
        ["app.md"] = """
            ---
            title: "The NHS App"
            type: news report
            ---
            Patients can now book vaccinations in the app. Messages from practices arrive in the app first.
            """,
        ["wards.md"] = """
            ---
            title: "Virtual wards"
            type: news report
            ---
            Virtual wards looked after patients at home through the winter. Nurses call each patient daily.
            """,
        ["scanners.md"] = """
            ---
            title: "Scanners"
            type: news report
            ---
            Two new scanners were installed in the diagnostic centre. Waiting times for scans fell.
            """,
    };

    [Fact]
    public async Task The_dated_record_of_the_words_answers_for_the_year_an_undated_report_cannot_give()
    {
        var answer = await AskAsync("what did the health secretary say in 2025 about getting unions involved when trusts bring in automation?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("from the very beginning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_year_is_not_missing_when_a_cited_passage_of_that_years_record_has_it()
    {
        var explained = await ExplainAsync("what did the health secretary say in 2025 about getting unions involved when trusts bring in automation?");
        Assert.Equal("report.txt", explained.Selected[0].Sentence.SourceId);
        Assert.Contains(explained.Selected, s => s.Sentence.SourceId == "hansard.md");
        var yearMissing = AnswerabilityFeatures.Names.ToList().IndexOf("year_missing");
        Assert.Equal(0, explained.Verdict.Features[yearMissing]);
    }
}
