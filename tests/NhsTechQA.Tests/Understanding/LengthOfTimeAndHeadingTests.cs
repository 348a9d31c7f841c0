using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// "How long…" asks for a length of time, which "day one" or "two systems" is not; a length asked in one unit ("3
/// months") is given in another ("90 days"); a section's heading names what the paragraph under it says (invented
/// documents).
/// </summary>
public sealed class LengthOfTimeAndHeadingTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["scribe.md"] = """
            ---
            title: "Harwick trust extends NoteDraft to every clinic"
            date: 2025-02-11
            type: press report
            ---
            "We built NoteDraft for outpatient clinics from day one, and we will keep working with two clinical teams on it," said Ivo Marten, the supplier's managing director.

            NoteDraft drafts a clinic letter from the consultation for the clinician to review.

            Audio is processed in a UK data centre and deleted within 24 hours of the clinician approving the note.
            """,
        ["cutover.md"] = """
            ---
            title: "Penrose Hospitals sets date for record switchover"
            date: 2025-06-18
            type: press report
            ---
            Penrose Hospitals will switch to its new record system over the weekend of 8 November.

            ## Union concerns

            Regional organisers said staff on several wards had not been given protected time to complete their training.

            ## Costs

            The trust has not published a total cost for the programme.
            """,
    };

    [Fact]
    public async Task A_how_long_question_is_answered_by_a_length_of_time()
    {
        var answer = await AskAsync("how long does notedraft keep the consultation audio before it's deleted?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("Audio is processed", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("We built NoteDraft from day one, and we will keep working with two clinical teams on it.", false)]
    [InlineData("Audio is deleted within 24 hours of the clinician approving the note.", true)]
    [InlineData("The old servers stayed on until the end of March.", true)]
    public void A_length_of_time_is_what_answers_how_long(string sentence, bool answers)
    {
        var question = Assistant.Extractive.Analyze("how long does notedraft keep the audio?", Assistant.NewConversation());
        Assert.Equal(answers, AnswerabilityFeatures.HasExpectedAnswer(question, sentence));
    }

    [Theory]
    [InlineData("could they exit within 3 months?", "3", "we could exit within 90 days", true)]
    [InlineData("systems that should have gone 10 yrs ago", "10", "systems that should have been retired a decade ago", true)]
    [InlineData("could they exit within 3 months?", "3", "we could exit within 30 days", false)]
    [InlineData("could they exit within 3 months?", "3", "three suppliers could exit", false)]
    public void A_length_of_time_in_other_units_is_the_same_length(string question, string number, string text, bool same) =>
        Assert.Equal(same, AnswerabilityFeatures.SameLengthOfTime(question, number, text));

    [Fact]
    public async Task A_heading_that_matches_the_question_leads_to_the_paragraph_under_it()
    {
        var answer = await AskAsync("what were the union concerns?");
        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("Regional organisers said staff", answer.Citations[0].Quote);
    }
}
