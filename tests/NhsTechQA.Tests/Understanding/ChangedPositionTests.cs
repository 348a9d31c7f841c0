using NhsTechQA.Core;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A promise revised in a later speech (invented speeches): the later statement is cited, and listed first.</summary>
public sealed class ChangedPositionTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["2023-scanners.md"] = """
            ---
            title: "Speech on diagnostic scanners"
            speaker: Nora Quinn
            date: 2023-04-20
            event: Imaging Leaders Forum
            type: speech transcript
            ---
            I am announcing today that every community diagnostic centre in England will have a networked scanner with remote reporting by June 2025. Not a pilot. A working service, used every day.

            Radiographers told me they spend hours moving images by hand, and that has to stop.
            """,
        ["2024-scanners.md"] = """
            ---
            title: "Speech on diagnostic scanners, one year on"
            speaker: Nora Quinn
            date: 2024-04-18
            event: Imaging Leaders Forum
            type: speech transcript
            ---
            A year ago I stood here and made promises about diagnostic centres. Most of them now share images across their region.

            That also means the deadline moves. Networked scanning with remote reporting will now be complete by June 2026 rather than June 2025.
            """,
        ["backlog-interview.txt"] = """
            Interview with Petra Lindgren, chief digital officer, NHS Aldermoor Integrated Care Board.

            Q: What was the original target for the reporting backlog?

            A: When we launched, the board set a target of clearing the scan backlog by December 2025. We did not meet that.

            Q: So what happens now?

            A: In January the board agreed to move it. We now aim to clear the scan backlog by the end of September 2026.
            """,
    };

    [Fact]
    public async Task A_question_about_a_change_cites_the_revision_first()
    {
        var answer = await Assistant.Extractive.AskAsync(Assistant.NewConversation(),
            "whats the latest target for clearing the scan backlog at Aldermoor - has it changed?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("September 2026", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revised_deadline_is_cited_before_the_original_promise()
    {
        var answer = await Assistant.Extractive.AskAsync(Assistant.NewConversation(),
            "By when will every community diagnostic centre have a networked scanner?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        var revised = answer.Citations.ToList().FindIndex(c => c.Quote.Contains("June 2026", StringComparison.Ordinal));
        var original = answer.Citations.ToList().FindIndex(c => c.Quote.Contains("by June 2025", StringComparison.Ordinal));
        Assert.True(revised >= 0, answer.Text);
        Assert.True(original < 0 || revised < original, answer.Text);
    }

    [Fact]
    public async Task An_occasion_in_a_year_no_document_is_from_or_mentions_is_not_covered()
    {
        var explained = await Assistant.Extractive.ExplainAsync(Assistant.NewConversation(),
            "What did Nora Quinn say about networked scanners in her 2019 speech?", CancellationToken.None);
        Assert.Equal(NhsTechQA.Core.Answering.AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        Assert.Empty(explained.Verdict.Features);
        var dated = await Assistant.Extractive.ExplainAsync(Assistant.NewConversation(),
            "What did Nora Quinn say about networked scanners in her 2024 speech?", CancellationToken.None);
        Assert.True(dated.Verdict.Answerable);
    }
}
