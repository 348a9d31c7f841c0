using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A webinar transcript with labels in capitals and organisations in brackets, and no type in its metadata (invented):
/// a panellist the chair introduces ("… is director of adult social care at Harfield County Council") is found by
/// that role, and answers say the words were spoken at the event, not "in the report on" it. A deadline question asks
/// for a date; a financial year in a question is not the year the document was written.
/// </summary>
public sealed class PanelTranscriptTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["webinar.md"] = """
            ---
            title: "Making the shared care record work for social care"
            date: 2025-11-06
            event: "Harfield Digital Leaders Network webinar"
            ---
            JO PRENTICE (Chair): Welcome, everyone. I'm joined by two panellists. Sam Okoro is regional director of digital transformation at NHS England. And Kwesi Barlow is director of adult social care at Harfield County Council.

            SAM OKORO (NHS England): Thanks, Jo. The original plan was every care home live by December. We're now aiming to have every care home in the county live by the end of June 2026.

            KWESI BARLOW (Harfield County Council): For home care agencies we're not even at the starting line: only 9 of our 74 domiciliary care providers have any access at all.

            JO: Kwesi, what would help most?

            KWESI: Training funded in the same way as it is for care homes.
            """,
        ["annual-report.md"] = """
            ---
            title: "Annual report 2024/25: digital services"
            date: 2026-07-01
            type: annual report
            ---
            The Trust sent 64% of outpatient letters digitally in 2024/25 against a target of 75%.
            """,
    };

    [Fact]
    public async Task A_panellist_introduced_by_the_chair_is_found_by_role_and_spoke_at_the_event()
    {
        var answer = await AskAsync("what did the council's social care director say about home care agencies?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Kwesi Barlow", answer.Citations[0].Speaker);
        Assert.Contains("at Harfield Digital Leaders Network webinar, Kwesi Barlow said:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in the report on", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_question_asks_for_a_date_and_a_financial_year_is_not_the_documents_year()
    {
        var explained = await ExplainAsync("whats the current deadline for getting every care home onto the record?");
        Assert.Equal(ExpectedAnswer.Date, explained.Question.Expected);
        Assert.DoesNotContain(explained.Question.KeyTerms, t => t.Surface == "deadline");
        Assert.True(explained.Question.Latest);
        var answer = await AskAsync("whats the current deadline for getting every care home onto the record?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("end of June 2026", answer.Citations[0].Quote, StringComparison.Ordinal);
        var year = await ExplainAsync("what share of letters did the trust send digitally in 24/25?");
        Assert.Null(year.Question.Year);
        Assert.False((await AskAsync("what share of letters did the trust send digitally in 24/25?")).Refused);
    }
}

public sealed class ConversationTurnTests
{
    private static readonly AnalyzedQuestion NamesNobody = new("why was the launch put back?", "why was the launch put back?", false, [], false, []);

    [Fact]
    public void After_a_question_naming_nobody_the_person_cited_is_who_she_means_even_in_a_refusals_pointer()
    {
        var answered = new Answer("…", false, [new(1, "interview.md", 20, 40, "We have used the time to rethink training.", "Helen Marr")], Answer.ExtractiveMode);
        Assert.Equal(["Helen Marr"], ConversationTurn.Of(NamesNobody.SearchText, answered, NamesNobody).Speakers);
        // A refusal that points to the closest passage: the user sees whose words are nearest.
        var pointer = new Answer("I could not find the reason you asked for. The closest passage: …", true,
            [new(1, "interview.md", 20, 40, "We have used the time to rethink training.", "Helen Marr")], Answer.ExtractiveMode);
        Assert.Equal(["Helen Marr"], ConversationTurn.Of(NamesNobody.SearchText, pointer, NamesNobody).Speakers);
        var nobody = new Answer("The documents I have do not answer that.", true, [], Answer.ExtractiveMode);
        Assert.Empty(ConversationTurn.Of(NamesNobody.SearchText, nobody, NamesNobody).Speakers);
    }
}

/// <summary>
/// A keynote transcript (speaker only in its metadata) with the audience's questions after it, labelled "Question
/// (name, organisation):" and "Answer:" (invented): the questions are the askers', the answers and the talk the speaker's.
/// </summary>
public sealed class TalkQuestionsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["keynote.md"] = """
            ---
            title: "From records to relationships"
            speaker: Dr Fiona Kessel, National Director for Digital Access, NHS England
            date: 2025-05-21
            event: Northern Digital Care Congress
            type: speech transcript
            ---
            Good morning, everyone. I want to talk about proxy access for carers in the NHS App.

            By the end of October every GP practice will be able to offer proxy access to carers.

            ## Questions from the floor

            **Question (Tom Ayodele, Carers Together Network):** A lot of the carers we support don't use smartphones. Is the proxy feature going to be app-only?

            **Answer:** No. The same access will work through the NHS website on a laptop or a library computer.
            """,
    };

    [Fact]
    public void The_questions_after_a_talk_are_the_askers_and_the_answers_the_speakers()
    {
        var sentences = Assistant.Search.Index.Sentences;
        string? SpeakerOf(string words) => sentences.Single(s => Assistant.Search.Index.TextOf(s).Contains(words, StringComparison.Ordinal)).Speaker;
        Assert.Equal("Tom Ayodele", SpeakerOf("Is the proxy feature going to be app-only?"));
        var speaker = SpeakerOf("The same access will work");
        Assert.Equal(SpeakerOf("By the end of October every GP practice"), speaker);
        Assert.Contains("Kessel", speaker, StringComparison.Ordinal);
    }
}
