using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A press release quoting three people is none of theirs: its narration is not the most-quoted one's words. A report
/// of one person's speech, where they say most of what is quoted, speaks for them (invented documents).
/// </summary>
public sealed class PressReleaseNarrationTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["fund-release.txt"] = """
            Thousands more patients to be cared for at home as £90 million monitoring fund opens

            16 September 2025

            Patients with heart failure will be monitored from their own homes under a new £90 million fund announced today.

            Grace Whitby, Chief Nurse at Eastfold Hospitals NHS Trust, said:

            "Our nurses were sceptical at first. Many of them came into nursing to be at the bedside. What changed their minds was seeing patients staying well at home.

            "The technology is the easy part. The hard part is having enough nurses on the other end of the readings."

            Professor Dan Achter, National Director for Virtual Care at NHS England, said:

            "This fund lets every area build on what works. Heart failure teams have shown the way."

            Health Minister Ruth Okon said:

            "Care at home is better care. This fund will reach every integrated care board."

            Notes to editors

            Separately, the Department can confirm that proxy access for carers through the NHS App will be available to all GP practices by the end of January 2026.
            """,
        ["speech-report.txt"] = """
            Minister sets out plan for shared records

            3 June 2025

            Minister Tom Harwell told the conference that every care home would be connected to its shared record by 2027.
            "Care homes have waited long enough," he said. "They should see what the hospital sees."
            "We will fund the connections centrally," he added. "No home will be charged."
            The announcement also covers a new helpline for care home managers, which opens in the autumn.
            One manager, Rita Obi, said: "It is about time."
            """,
        ["plan.txt"] = """
            Joined Up Care: a plan for community services

            November 2025

            We will connect every community nursing team to the shared care record by March 2027.
            """,
    };

    [Fact]
    public async Task A_press_releases_narration_is_not_put_in_its_most_quoted_persons_mouth()
    {
        var answer = await AskAsync("What did Grace Whitby say about carers getting proxy access through the NHS App?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedNotTheirWords, answer.Status);
    }

    [Fact]
    public async Task The_narration_of_a_report_of_one_persons_speech_still_speaks_for_them()
    {
        var answer = await AskAsync("What did Tom Harwell say about a helpline for care home managers?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("helpline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_month_alone_under_the_title_is_shown_as_the_month_not_as_its_first_day()
    {
        var answer = await AskAsync("by when will community nursing teams be on the shared care record?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("In November 2025", answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Source == "plan.txt");
        Assert.True(citation.MonthOnly);
        Assert.Equal(new DateOnly(2025, 11, 1), citation.Date);
    }
}
