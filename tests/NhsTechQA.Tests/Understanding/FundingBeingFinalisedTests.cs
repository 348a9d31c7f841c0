using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A written answer that gives one area's funding and says another's is "being finalised and will be published once
/// business cases have been approved": asking for the second is refused pointing to that answer; and how questions
/// typed in a hurry are read ("how much connected wards funding", "eg") (invented document).
/// </summary>
public sealed class FundingBeingFinalisedTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["written-answers.md"] = """
            ---
            title: "Written questions and answers: Connected Wards Programme"
            date: 2025-10-21
            type: written answers
            ---
            Asked by Simon Achebe (Calderwick North)

            To ask the Secretary of State for Health and Social Care, how much funding from the Connected Wards Programme has been allocated to trusts in the North Calderwick area.

            Answered by Priya Ramanathan (Parliamentary Under-Secretary of State for Health and Social Care)

            A total of £47.6 million has been allocated in 2025-26 to the three Wave 1 trusts in the North Calderwick area.

            Asked by Rachel Dunmore (Fenmere West)

            To ask the Secretary of State for Health and Social Care, what funding from the Connected Wards Programme has been allocated to trusts in the Harrowdale area.

            Answered by Priya Ramanathan (Parliamentary Under-Secretary of State for Health and Social Care)

            Funding allocations for trusts in the Harrowdale area are being finalised and will be published once business cases have been approved.
            """,
    };

    [Fact]
    public async Task Funding_being_finalised_is_refused_pointing_to_the_answer_that_says_so()
    {
        var answer = await AskAsync("how much connected wards funding has the harrowdale area been given?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("are being finalised", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_area_whose_funding_is_given_is_answered()
    {
        var answer = await AskAsync("how much connected wards funding has north calderwick been given?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£47.6 million", StringComparison.Ordinal));
    }

    [Fact]
    public void How_much_with_words_before_funding_asks_for_a_sum()
    {
        var analyzed = Assistant.Extractive.Analyze("how much connected wards funding has harrowdale got?", Assistant.NewConversation());
        Assert.Equal(ExpectedAnswer.Money, analyzed.Expected);
    }

    [Fact]
    public void An_example_typed_eg_is_not_a_word_to_find()
    {
        var analyzed = Assistant.Extractive.Analyze("which areas are still waiting for funding, eg harrowdale?", Assistant.NewConversation());
        Assert.DoesNotContain(analyzed.KeyTerms, t => t.Surface == "eg");
        Assert.Contains(analyzed.KeyTerms, t => t.Surface.Equals("harrowdale", StringComparison.OrdinalIgnoreCase));
    }
}
