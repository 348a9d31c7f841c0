using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A cited sentence keeps the next one when that says what it means ("As I understand it, this can…"), or when it only announces it: invented speech.</summary>
public sealed class ElaborationTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["surgery.md"] = """
            ---
            title: "Debate on hospital technology"
            speaker: Nia Evans
            date: 2024-03-05
            type: debate
            ---
            I have visited the wards at Harton General many times. I have also seen remarkable work there on robot-assisted knee surgery. As I understand it, this can both shorten recovery and make the operation more precise. I then met the theatre staff.

            The old deadline for bedside scanners cannot be met. So I am replacing the scanner target. Every ward will have bedside scanners by June 2026.

            Earlier I said that 40 per cent of wards had electronic observations. That was last year's figure. The current figure is 55 per cent.
            """,
    };

    [Fact]
    public async Task A_sentence_saying_what_the_cited_one_means_is_quoted_with_it()
    {
        var answer = await Assistant.Extractive.AskAsync(Assistant.NewConversation(), "What did Nia Evans say about robot-assisted knee surgery?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Quote.Contains("robot-assisted knee surgery", StringComparison.Ordinal));
        Assert.EndsWith("this can both shorten recovery and make the operation more precise.", citation.Quote);
    }

    [Fact]
    public async Task A_short_sentence_that_announces_what_follows_is_quoted_with_it()
    {
        var answer = await Assistant.Extractive.AskAsync(Assistant.NewConversation(), "Did Nia Evans replace the scanner target, and with what?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Quote.Contains("So I am replacing the scanner target.", StringComparison.Ordinal));
        Assert.EndsWith("Every ward will have bedside scanners by June 2026.", citation.Quote);
    }

    [Theory]
    [InlineData("Can the old deadline for bedside scanners still be met?", 0)]
    [InlineData("Why can the old deadline for bedside scanners be met?", 1)]
    public async Task A_yes_no_question_answered_by_a_denial_is_not_held_against_it(string question, double mismatch)
    {
        var explained = await Assistant.Extractive.ExplainAsync(Assistant.NewConversation(), question, CancellationToken.None);
        Assert.Equal("The old deadline for bedside scanners cannot be met.", Assistant.Search.Index.TextOf(explained.Selected[0].Sentence));
        Assert.Equal(mismatch, explained.Verdict.Features[AnswerabilityFeatures.Names.ToList().IndexOf("negation_mismatch")]);
    }

    [Fact]
    public async Task A_correction_in_two_short_steps_is_quoted_to_the_corrected_figure()
    {
        var answer = await Assistant.Extractive.AskAsync(Assistant.NewConversation(), "What share of wards had electronic observations, according to Nia Evans?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Quote.Contains("40 per cent of wards", StringComparison.Ordinal));
        Assert.EndsWith("The current figure is 55 per cent.", citation.Quote);
    }
}
