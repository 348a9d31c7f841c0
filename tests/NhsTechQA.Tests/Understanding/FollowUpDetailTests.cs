using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Follow-ups that ask a detail of the previous answer in words of their own, a fact a passage says was withheld, a
/// "not" in a clause away from the question's words, and a title in capitals with a colon (invented documents).
/// </summary>
public sealed class FollowUpDetailTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["briefing.md"] = """
            ---
            title: "Board briefing: community EPR readiness"
            date: 2025-06-02
            type: board paper
            ---
            Of the trust's 2,900 community nurses, 1,700 have completed training on the new record.
            The additional backfill for classroom training is estimated at £410,000 and is not included in the original business case.
            """,
        ["report.md"] = """
            ---
            title: "Tarnbrook ICB signs cloud hosting deal as one trust waits"
            date: 2025-05-14
            type: news report
            ---
            Tarnbrook ICB has signed a five-year contract with Cirrolane to host the clinical systems of its member trusts.

            One trust, Ashdown Community Health NHS Trust, has not yet agreed to move its main record, citing the risk of disruption during the winter.

            Ashdown's chief executive, Vikram Sethi, said the trust would revisit the decision in the autumn, once the first wave of migrations was complete.

            The supplier's spokesperson declined to say whether the contract included penalties for downtime, citing commercial confidentiality.
            """,
        ["briefing-notes.txt"] = """
            PRESS BRIEFING: NATIONAL RECORDS - HALF YEAR UPDATE

            Speakers: Dr Imelda Crane, National Director for Digital Records

            JOHN ASKEW: Good morning. Dr Crane will take your questions.

            DR IMELDA CRANE: Thank you. Most trusts will meet the standard by March 2027. For a small number with the most complex migrations, the honest date is December 2027.

            Q (Pat Rowe, Health Desk): Which trusts does that affect?

            DR IMELDA CRANE: The December 2027 date is for around five trusts where we are replacing systems that their suppliers no longer support.
            """,
        ["evidence.md"] = """
            ---
            title: "Oral evidence: cyber resilience in acute trusts"
            date: 2025-07-08
            type: oral evidence
            ---
            Q12 Chair: Ms Okonjo, how did the attackers get into Fellmouth's network?

            **Mira Okonjo:** They came in through an old remote access gateway that a contractor had been given in 2019 and nobody had switched off. From there they moved to the pathology servers within a day.

            Q13 Chair: What would you say to other chief executives?

            **Mira Okonjo:** Find every connection into your network and assume that you will be attacked. That is the single most useful thing I learned.
            """,
    };

    private async Task<Answer> FollowUpAsync(string first, string second)
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, first, CancellationToken.None);
        return await Assistant.Extractive.AskAsync(conversation, second, CancellationToken.None);
    }

    [Fact]
    public async Task Whether_something_is_so_is_not_answered_by_a_passage_saying_it_was_not_disclosed()
    {
        var answer = await AskAsync("does the tarnbrook cloud contract have financial penalties for cirrolane if there's downtime?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("declined to say whether the contract included penalties", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
        // Whether it was said is what that passage answers.
        var told = await AskAsync("did the supplier say whether the tarnbrook contract has penalties for downtime?");
        Assert.False(told.Refused, told.Text);
        Assert.Contains(told.Citations, c => c.Quote.Contains("declined to say whether", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_not_in_a_clause_without_the_questions_words_is_no_sign_of_a_turned_question()
    {
        var explained = await ExplainAsync("what is the extra backfill for classroom training going to cost?");
        Assert.Contains("£410,000", Assistant.Search.Index.TextOf(explained.Selected[0].Sentence), StringComparison.Ordinal);
        Assert.Equal(0, Feature(explained, "negation_mismatch"));
    }

    [Fact]
    public async Task A_follow_up_in_words_no_document_uses_is_weighed_not_refused_as_an_absent_topic()
    {
        // "Reconsider" is in no document; after a question on the trust's decision it is the asker's word for "revisit",
        // so the rule for topics no document discusses leaves it to the model, with the passage that answers ranked first.
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "why is ashdown community trust not moving its record onto the tarnbrook cloud yet?", CancellationToken.None);
        var explained = await Assistant.Extractive.ExplainAsync(conversation, "when's he saying they'll reconsider?", CancellationToken.None);
        Assert.NotEmpty(explained.Verdict.Features);
        Assert.Contains("revisit the decision in the autumn", Assistant.Search.Index.TextOf(explained.Ranked[0].Sentence), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_later_date_points_back_to_the_previous_answer()
    {
        var analyzed = Assistant.Extractive.Analyze("how many trusts does the later date actually apply to?", Assistant.NewConversation());
        Assert.Empty(analyzed.FollowUpDocuments);
        var answer = await FollowUpAsync("what did the national director for digital records say about the 2027 EPR target?",
            "how many trusts does the later date actually apply to?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("around five trusts", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Her_after_an_answer_in_one_persons_words_is_that_person()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.Extractive.AskAsync(conversation, "how did the hackers get into fellmouth's network?", CancellationToken.None);
        Assert.Equal("Mira Okonjo", first.Citations[0].Speaker);
        var analyzed = Assistant.Extractive.Analyze("and what was her advice to other trust CEOs?", conversation);
        Assert.Equal(["Mira Okonjo"], analyzed.Speakers);
        var answer = await Assistant.Extractive.AskAsync(conversation, "and what was her advice to other trust CEOs?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("assume that you will be attacked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_in_capitals_with_a_colon_is_not_a_speaker()
    {
        Assert.DoesNotContain(Assistant.Search.Speakers.Speakers, s => s.Contains("Press", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Imelda Crane", Assistant.Search.Speakers.Speakers);
    }
}
