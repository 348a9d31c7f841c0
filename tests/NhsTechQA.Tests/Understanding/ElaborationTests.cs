using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A cited sentence keeps the next one when that says what it means ("As I understand it, this can…"), or when it only announces it: invented speech.</summary>
public sealed class ElaborationTests : InventedCorpusTests
{
    // The sentences that complete a cited one, without the rest of the paragraph (Answering:QuotationParagraphChars).
    protected override void Configure(NhsTechQASettings settings) => settings.Answering.QuotationParagraphChars = 0;

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

    // What it means ("As I understand it, this can…"); a short sentence that only announces what follows; a
    // correction in two short steps, to the corrected figure.
    [Theory]
    [InlineData("What did Nia Evans say about robot-assisted knee surgery?", "robot-assisted knee surgery", "this can both shorten recovery and make the operation more precise.")]
    [InlineData("Did Nia Evans replace the scanner target, and with what?", "So I am replacing the scanner target.", "Every ward will have bedside scanners by June 2026.")]
    [InlineData("What share of wards had electronic observations, according to Nia Evans?", "40 per cent of wards", "The current figure is 55 per cent.")]
    public async Task The_cited_sentence_is_quoted_with_the_sentences_that_complete_it(string question, string cited, string completedBy)
    {
        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Quote.Contains(cited, StringComparison.Ordinal));
        Assert.EndsWith(completedBy, citation.Quote);
    }

    [Theory]
    [InlineData("Can the old deadline for bedside scanners still be met?", 0)]
    [InlineData("Why can the old deadline for bedside scanners be met?", 1)]
    public async Task A_yes_no_question_answered_by_a_denial_is_not_held_against_it(string question, double mismatch)
    {
        var explained = await ExplainAsync(question);
        Assert.Equal("The old deadline for bedside scanners cannot be met.", Assistant.Search.Index.TextOf(explained.Selected[0].Sentence));
        Assert.Equal(mismatch, Feature(explained, "negation_mismatch"));
    }
}
