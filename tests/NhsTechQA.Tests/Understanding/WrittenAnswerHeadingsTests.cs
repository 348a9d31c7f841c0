namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Written parliamentary answers filed under "Topic: Subtopic" headings, a minister whose post has brackets inside
/// brackets, and a foreword signed "Rt Hon … MP" with the post on the same line (invented documents).
/// </summary>
public sealed class WrittenAnswerHeadingsTests
{
    private const string WrittenAnswers = """
        Written questions and answers: digital services

        NHS App: Hospital Letters
        Asked by Helen Castellano (Tallow Valley)
        UIN 42056, tabled on 9 October 2025
        Question
        To ask the Secretary of State for Health and Social Care, what proportion of outpatient letters were delivered through the NHS App.
        Answered by Priya Ramanathan (Parliamentary Under-Secretary of State for Health and Social Care)
        Answered on 17 October 2025
        In September 2025, 38 per cent of outpatient letters sent by live trusts were delivered through the NHS App.

        Artificial Intelligence: Diagnosis
        Asked by Simon Achebe-Lowther (Calderwick North)
        UIN 42130, tabled on 10 October 2025
        Question
        To ask the Secretary of State for Health and Social Care, what criteria will be used to assess bids to the AI Diagnostics Fund.
        Answered by Owen Tregarthen (Minister of State for Health (Secondary Care))
        Answered on 20 October 2025
        Bids will be assessed on evidence of clinical safety and the readiness of the trust's electronic patient record.
        """;

    [Fact]
    public void A_heading_with_a_colon_is_nobodys_and_ends_the_answer_before_it()
    {
        var sentences = TranscriptAttributionTests.Attribute(WrittenAnswers);
        Assert.DoesNotContain(sentences, s => s.Speaker == "Artificial Intelligence");
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Artificial Intelligence: Diagnosis", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Priya Ramanathan", sentences.Single(s => s.Text.StartsWith("In September 2025", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void An_answering_minister_whose_post_has_brackets_inside_brackets_is_named()
    {
        var sentences = TranscriptAttributionTests.Attribute(WrittenAnswers);
        Assert.Equal("Owen Tregarthen", sentences.Single(s => s.Text.StartsWith("Bids will be assessed", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Simon Achebe-Lowther", sentences.Single(s => s.Text.Contains("AI Diagnostics Fund", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_foreword_signed_rt_hon_with_the_post_on_one_line_is_the_signers_not_rt_hons()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Ministerial foreword

            I have seen too many nurses carrying paper notes from ward to ward. That is not good enough, and it is not what our staff deserve.

            This plan sets out how we will put that right. I am certain that it is worth doing.

            Rt Hon Helena Marchbank MP Secretary of State for Health and Social Care

            Chapter 1: Electronic patient records

            1.1 Wave 1 of the programme covers 12 trusts across three integrated care boards.
            """);
        Assert.DoesNotContain(sentences, s => s.Speaker == "Rt Hon");
        Assert.Equal("Helena Marchbank", sentences.Single(s => s.Text.StartsWith("I have seen too many", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("1.1 Wave 1", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_plain_heading_after_an_interviewees_last_answer_ends_her_turn()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            CLINICAL SYSTEMS REVIEW

            Q: What do you want from the centre now?

            Nadia Kowalczyk: Stability. We have had three changes of programme director since we started.

            The supplier's view

            Graham Penhallow, managing director of Meridale Health Systems, said the trust had set a benchmark. "At Fenmere the problems sit in legacy systems we didn't build," he said.
            """);
        Assert.Equal("Nadia Kowalczyk", sentences.Single(s => s.Text.StartsWith("We have had three changes", StringComparison.Ordinal)).Speaker);
        Assert.NotEqual("Nadia Kowalczyk", sentences.Single(s => s.Text.StartsWith("\"At Fenmere", StringComparison.Ordinal)).Speaker);
        Assert.NotEqual("Nadia Kowalczyk", sentences.Single(s => s.Text.StartsWith("Graham Penhallow", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_written_statement_headed_by_its_ministers_name_and_post_is_hers_after_the_heading()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Written statement to Parliament

            Digital Foundations Programme: wave 2 timetable

            Statement made on 12 March 2025.

            Eleanor Marchwood MP, Minister of State for Health Technology and Innovation, Department of Health and Social Care

            Today I am announcing a revised timetable for the second wave of trusts replacing their records.

            Wave 2 trusts were asked to complete go-live by the end of March 2026. I have agreed that they will now have until 31 December 2026.

            This is not an open-ended extension, and I will keep the House informed.
            """);
        Assert.Equal("Eleanor Marchwood", sentences.Single(s => s.Text.StartsWith("I have agreed", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Eleanor Marchwood", sentences.Single(s => s.Text.StartsWith("Wave 2 trusts were asked", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Statement made on", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Eleanor Marchwood MP,", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_report_in_the_third_person_under_a_name_and_post_is_not_theirs()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Trust board update

            Eleanor Marchwood MP, Minister of State for Health Technology and Innovation

            The minister visited the trust on Tuesday. The trust showed her its new record. Staff described the go-live as smooth.
            """);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("The trust showed her", StringComparison.Ordinal)).Speaker);
    }
}
