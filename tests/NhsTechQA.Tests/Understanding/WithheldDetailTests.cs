using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A passage that says a detail is not being given ("I am not going to give a number today") does not answer a
/// question asking for that detail, however near it is; it does answer whether the detail was given (invented document).
/// </summary>
public sealed class WithheldDetailTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["committee.md"] = """
            ---
            title: "Oral evidence: bed management systems"
            date: 2025-03-04
            type: oral evidence
            ---
            Witnesses: Priya Lang, Chief Operating Officer, Wexcombe Hospitals; Martin Hale, Managing Director, Bedwise Ltd.

            Q31 Chair: Ms Lang, what has the command centre saved your trust?

            Priya Lang: We are saving around £1.4 million a year in agency and escalation costs, and patients wait less for a bed.

            Q32 Chair: Mr Hale, how much have Bedwise systems saved the NHS as a whole?

            Martin Hale: Every trust measures savings differently, so the figures are not comparable. I am not going to give a number today.

            Q33 Chair: When will every ward in Wexcombe use the system?

            Priya Lang: The last wards go live in the autumn, and the system will then cover every bed in the trust.
            """,
        ["report.md"] = """
            ---
            title: "Trusts wait for national guidance on discharge software"
            type: news report
            ---
            Hospital trusts in the region have bought discharge software from four different suppliers.
            NHS England has said a national discharge playbook will be published, but has not yet given a date.
            """,
    };

    [Theory]
    [InlineData("when is nhs england publishing the discharge playbook?")]
    [InlineData("what date will the national discharge playbook come out?")]
    public async Task A_date_the_documents_say_has_not_been_given_is_refused_pointing_there(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("has not yet given a date", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_the_withheld_amount_is_refused_pointing_to_where_it_is_withheld()
    {
        var answer = await AskAsync("how much have bedwise systems saved the nhs overall?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("is not given", answer.Text, StringComparison.Ordinal);
        var pointer = Assert.Single(answer.Citations);
        Assert.Contains("I am not going to give a number today.", pointer.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_the_figure_was_given_is_answered_by_the_same_passage()
    {
        var answer = await AskAsync("did the bedwise md give a figure for what their systems saved the NHS?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("I am not going to give a number today.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Who_declined_asks_for_a_person_and_is_answered()
    {
        var answer = await AskAsync("Which witness would not give a number for what bedwise systems saved the NHS?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("Hale", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_that_is_given_is_still_answered()
    {
        var answer = await AskAsync("how much has the command centre saved Wexcombe a year?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£1.4 million", StringComparison.Ordinal));
    }
}
