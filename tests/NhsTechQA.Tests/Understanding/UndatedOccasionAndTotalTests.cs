using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// An undated speech is dated by its own words ("… unleashed on them today"), a figure for one part of something
/// does not answer a question about its total, and "without one" points back to the topic (invented speech and report).
/// </summary>
public sealed class UndatedOccasionAndTotalTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["summit.md"] = """
            ---
            title: "Speech by the Health Secretary at the Northgate Digital Summit"
            speaker: Mara Fenwick
            event: Northgate Digital Summit
            type: speech transcript
            ---
            Thank you for having me here.

            As you will have seen, on Monday we published our plan for patient records. Our ward teams meet every Friday to check the records.

            Before I start, my thoughts are with the families caught up in the floods that reached the coast this morning.

            Digital records are how we give clinicians back their time. Every trust will have one by the end of the parliament.
            """,
        ["later.md"] = """
            ---
            title: "Speech by the Health Secretary to the Eastfold Records Forum"
            speaker: Mara Fenwick
            date: 2026-05-20
            event: Eastfold Records Forum
            type: speech transcript
            ---
            A year ago, in Northgate, I promised every trust a digital record by the end of the parliament.

            We surveyed 200 ward managers, and most had not heard of the records plan.
            """,
        ["lab.md"] = """
            ---
            title: "Imaging lab opens to bids"
            date: 2025-02-11
            type: press report
            ---
            The imaging lab is taking bids from suppliers. Fenwick announced a £30 million scanning award for the lab, paid over three years.

            The lab will publish its first evaluation in the spring. It will not publish what each supplier bid.
            """,
        ["interview.txt"] = """
            Interview: the ward that went paperless

            **Has the Orbit handset scheme helped your wards?**

            We received 40 handsets from the first round. They replaced the bleeps on the surgical floor.
            """,
    };

    [Fact]
    public async Task An_undated_speech_is_dated_by_the_passage_that_places_it_in_time()
    {
        var answer = await AskAsync("roughly when did Fenwick give her Northgate Digital Summit speech?");
        Assert.False(answer.Refused, answer.Text);
        // The day it speaks of as the present ("this morning") places the speech better than "on Monday" does; the
        // later, dated speech that recalls Northgate is another occasion; "every Friday" is no day in particular.
        Assert.Contains("floods that reached the coast this morning", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Contains("on Monday we published", answer.Citations[1].Quote, StringComparison.Ordinal);
        // (It may be quoted as the rest of the "on Monday" paragraph, never as a passage of its own.)
        Assert.DoesNotContain(answer.Citations, c => c.Quote.StartsWith("Our ward teams meet every Friday", StringComparison.Ordinal));
        Assert.StartsWith(ExtractiveAnswerComposer.NoDateNotice, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_when_something_will_happen_is_not_dated_by_the_occasion()
    {
        var answer = await AskAsync("when is the imaging lab due to publish its evaluation?");
        Assert.DoesNotContain(ExtractiveAnswerComposer.NoDateNotice, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("this morning", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what's the total budget for the imaging lab?")]
    // "The total funding", "the total pot": the same sum asked in other words.
    [InlineData("what's the total funding put up for the imaging lab?")]
    [InlineData("whats the total pot for the imaging lab?")]
    public async Task A_figure_for_part_of_it_does_not_answer_a_question_about_the_total(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("total", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£30 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_figure_answers_a_question_about_that_part()
    {
        var answer = await AskAsync("how much is the scanning award for the imaging lab?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("£30 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_ending_in_one_is_about_the_thing_talked_about()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "What did Fenwick say about digital records?", CancellationToken.None);
        var pointing = Assistant.Extractive.Analyze("did she say what goes wrong without one?", conversation);
        Assert.Contains("records", pointing.PreviousTopic, StringComparison.Ordinal);
        // "One" before a noun is a number, not the thing talked about: the question has a topic of its own.
        var counting = Assistant.Extractive.Analyze("did she name one trust in particular?", conversation);
        Assert.Equal("", counting.PreviousTopic);
    }

    [Fact]
    public async Task The_word_that_opens_a_question_is_not_part_of_a_name()
    {
        var answer = await AskAsync("Did Lord Ashby say anything about the imaging lab?");
        Assert.Equal(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.Contains("do not mention Lord Ashby.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bold_interview_question_in_a_text_file_lends_its_words_to_the_answer()
    {
        var answer = await AskAsync("how has the Orbit handset scheme helped the wards?");
        Assert.False(answer.Refused, answer.Text);
        // The answer, not the heading that asks the question, is cited first.
        Assert.Contains("We received 40 handsets", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_not_in_another_clause_of_someone_s_words_is_no_sign_of_a_swapped_question()
    {
        // "We surveyed 200 ward managers, and most had not heard of the plan" answers how many were surveyed: the "not"
        // is in the other clause. In narration, any "not" the question lacks is the sign of a swapped detail (SQuAD
        // 2.0's unanswerables), as is one in the clause with the question's words in anyone's.
        var spoken = await ExplainAsync("how many ward managers did Fenwick survey?");
        Assert.NotNull(spoken.Selected[0].Sentence.Speaker);
        Assert.Equal(0, Feature(spoken, "negation_mismatch"));
        var narrated = await ExplainAsync("what will the imaging lab publish about what each supplier bid?");
        Assert.Null(narrated.Selected[0].Sentence.Speaker);
        Assert.Equal(1, Feature(narrated, "negation_mismatch"));
    }

    [Fact]
    public void What_something_is_costing_asks_for_money()
    {
        Assert.Equal(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what is the imaging lab costing?", Assistant.NewConversation()).Expected);
        // "About the cost?" with nothing after it asks what the sum is; "about the cost of delay" is a topic in words.
        Assert.Equal(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what did Fenwick say about the cost?", Assistant.NewConversation()).Expected);
        Assert.NotEqual(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what did Fenwick say about the cost of delay?", Assistant.NewConversation()).Expected);
        // "The extra cost", "the whole-life cost": a sum, however the cost is qualified.
        Assert.Equal(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what's the extra cost to the trust of the eight-week delay?", Assistant.NewConversation()).Expected);
        Assert.Equal(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what is the whole-life cost of the record?", Assistant.NewConversation()).Expected);
    }

    [Fact]
    public async Task A_topic_mostly_in_words_no_document_uses_is_not_covered()
    {
        // Refused by the rule (Answering:AbsentTopicShare), before the model: a rule's verdict carries no features.
        var absent = await ExplainAsync("has any minister said anything about drones flying blood samples to the imaging lab?");
        Assert.True(AnswerabilityPolicy.AbsentShare(absent.Question) >= 0.577);
        Assert.Equal(AnswerStatus.RefusedNotCovered, absent.Verdict.Status);
        Assert.Empty(absent.Verdict.Features);
        // The same shape of question on a topic the documents use is the model's to judge, and answered.
        var covered = await AskAsync("has any minister said anything about digital records for clinicians?");
        Assert.False(covered.Refused, covered.Text);
    }
}
