using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Words of the asker's own, not the documents': framing ("meant to", "when's"), "about the cost?" asking for a sum,
/// and a season as the answer to "when" (invented documents).
/// </summary>
public sealed class AskersWordsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Speech at the Northern Care Conference"
            speaker: Carla Whitby
            date: 2025-03-12
            type: speech transcript
            ---
            I want to start with a confession. I will start with the part that has not gone to plan.
            I want to talk about families and the people who care for them. From this autumn, parents will be able to use proxy access to see their children's records in the NHS App.
            We have committed £23 million over two years to expand proxy access support in GP practices.
            Around 12,400 parents have already signed up in the pilot areas.
            """,
        ["report.md"] = """
            ---
            title: "Patients' forum warns on booking deadlines as fund rises to £165m"
            date: 2025-07-10
            type: news report
            ---
            Margaret Olu, chair of the Fair Access Patients' Forum, said: "Every deadline in this programme is a deadline for practices, not for patients."
            The online booking deadline for GP practices has moved to December.
            Harlow Systems, which runs the online booking service for GP practices, holds the national booking contract until 2028.
            """,
    };

    [Theory]
    [InlineData("when's it meant to start?", "meant")]
    [InlineData("what's it supposed to pay for?", "supposed")]
    [InlineData("when's proxy access starting?", "when's")]
    [InlineData("what’s proxy access for?", "what’s")]
    [InlineData("we're told it'll start when?", "we're")]
    [InlineData("we're told it'll start when?", "it'll")]
    [InlineData("they've said what about proxy access?", "they've")]
    public void Framing_words_are_not_the_topic(string question, string framing)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.DoesNotContain(analyzed.KeyTerms, t => t.Surface.Equals(framing, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_negative_contraction_stays_a_word_of_the_question()
    {
        // On SQuAD 2.0 a negation the documents lack marks a question written by turning a passage round.
        var analyzed = Assistant.Extractive.Analyze("What parents weren't allowed proxy access?", Assistant.NewConversation());
        Assert.Contains(analyzed.KeyTerms, t => t.Surface == "weren't");
    }

    [Fact]
    public async Task A_season_answers_when_a_plan_starts()
    {
        var answer = await AskAsync("when will parents be able to see their children's records on the NHS App?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("From this autumn", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task What_someone_said_about_the_cost_is_answered_by_a_sum()
    {
        var explained = await ExplainAsync("what did Carla Whitby say about the cost?");
        Assert.Equal(ExpectedAnswer.Money, explained.Question.Expected);
        var answer = await AskAsync("what did Carla Whitby say about the cost?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("£23 million", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_refusal_does_not_show_a_headline_figure_that_is_not_the_answer()
    {
        var answer = await AskAsync("how much is the national booking contract worth?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Contains("The closest passage", answer.Text);
        Assert.DoesNotContain("£165m", answer.Text);
    }

    [Theory]
    [InlineData("what did the supplier blame the outage on?", ExpectedAnswer.Reason, "blame")]
    [InlineData("how fast do suppliers report incidents?", ExpectedAnswer.Quantity, "fast")]
    [InlineData("how soon will parents get proxy access?", ExpectedAnswer.Quantity, "soon")]
    public void Blame_asks_for_a_cause_and_how_fast_for_a_time(string question, ExpectedAnswer expected, string framing)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal(expected, analyzed.Expected);
        Assert.DoesNotContain(analyzed.KeyTerms, t => t.Surface == framing);
    }

    [Fact]
    public async Task A_follow_up_asking_when_keeps_the_topic_it_points_back_to()
    {
        // "It" is the previous question's topic, named by nobody: "start" alone would find any start of anything.
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "did the minister announce anything about parents seeing their kids records on the app?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "when's it meant to start?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("From this autumn", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Shorthand_is_read_as_the_word_it_stands_for()
    {
        // "ppl" is no word of Carla Whitby's, so her words had seemed not to answer it; "parents" and "people" are hers.
        var analyzed = Assistant.Extractive.Analyze("how many ppl have signed up according to carla whitby?", Assistant.NewConversation());
        Assert.Contains("people", analyzed.SearchText);
        var answer = await AskAsync("how many ppl have signed up according to carla whitby?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("12,400 parents", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what extra cash did carla whitby announce for proxy access?", "cash")]
    [InlineData("what additional funding did carla whitby announce for proxy access?", "additional")]
    [InlineData("what is Harlow Systems charging practices for online booking?", "charging")]
    public void Extra_cash_and_charging_ask_for_a_sum(string question, string framing)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal(ExpectedAnswer.Money, analyzed.Expected);
        Assert.DoesNotContain(analyzed.SubjectTerms, t => t.Surface == framing);
    }

    [Fact]
    public async Task Extra_cash_is_answered_by_the_persons_sum_not_refused_as_words_they_never_used()
    {
        // Neither "extra" nor "cash" is a word of hers: they frame the sum asked for, not the topic.
        var answer = await AskAsync("what extra cash did carla whitby announce for proxy access?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("£23 million", answer.Citations[0].Quote);
    }
}
