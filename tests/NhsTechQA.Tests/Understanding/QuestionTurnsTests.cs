using NhsTechQA.Core;
using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>What answers, in a transcript or a release: the turn after a question, the quotation after "X said:", a sentence with its denial (invented documents).</summary>
public sealed class QuestionTurnsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["committee.md"] = """
            ---
            title: "Committee oral evidence: cyber security"
            speakers:
              - Ana Silva
              - Tom Reid
            date: 2024-06-12
            type: oral evidence
            ---
            Members present: Jo Hart (Chair).

            Q16 Chair: Ms Silva, you lead the network of digital directors. Do your members have enough security staff?

            Ana Silva: No, they do not. The average trust has three security staff and many smaller trusts have one.

            Q17 Chair: What would you ask the Government to provide?

            Ana Silva: A national pool of specialists that trusts can call on, funded centrally. And a pay supplement for scarce roles.

            Q18 Chair: Ms Silva, what will the recruitment budget be next year?

            Ana Silva: I cannot put a figure on that today.

            Q19 Chair: Mr Reid, do you agree?

            Tom Reid: I agree that we need a national pool, and we are building an operations centre that covers every trust. We said it would open by March. I am not going to pretend that will happen.
            """,
        ["press-release.md"] = """
            ---
            title: "Doorstep records pilot"
            speaker: Leah Dunn
            date: 2025-02-03
            type: press release
            ---
            District nurses in three areas will carry patients' full records on tablets from April.

            Announcing the doorstep records pilot in Leeds, Minister for Community Care Leah Dunn said:

            "Every district nurse should have the patient's full history in their hand at the door."
            """,
    };

    [Fact]
    public async Task The_answer_turn_is_cited_not_the_chairs_question()
    {
        var answer = await AskAsync("What did Ana Silva ask the Government to provide?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("A national pool of specialists", StringComparison.Ordinal) && c.Speaker == "Ana Silva");
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("What would you ask", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bare_reply_leads_to_what_the_same_witness_says_next()
    {
        var answer = await AskAsync("Do Ana Silva's members have enough security staff?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("The average trust has three security staff", StringComparison.Ordinal) && c.Speaker == "Ana Silva");
        Assert.DoesNotContain(answer.Citations, c => c.Quote == "No, they do not.");
    }

    [Fact]
    public async Task How_much_with_no_amount_anywhere_is_refused_as_detail_missing_pointing_to_the_passage()
    {
        var answer = await AskAsync("How much will Tom Reid's operations centre cost?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("operations centre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_quotation_after_an_introducing_line_is_cited_not_the_line()
    {
        var answer = await AskAsync("What did Leah Dunn say when announcing the doorstep records pilot?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Every district nurse should have", StringComparison.Ordinal) && c.Speaker == "Leah Dunn");
        Assert.DoesNotContain(answer.Citations, c => c.Quote.EndsWith("said:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_is_never_cited_without_the_brief_denial_that_follows_it()
    {
        var answer = await AskAsync("When will Tom Reid's operations centre open?");
        var promise = Assert.Single(answer.Citations, c => c.Quote.Contains("would open by March", StringComparison.Ordinal));
        Assert.EndsWith("I am not going to pretend that will happen.", promise.Quote);
    }

    [Fact]
    public async Task A_witness_speaks_of_what_she_was_asked_so_declining_is_her_answer()
    {
        var answer = await AskAsync("Did Ana Silva say what the recruitment budget would be?");
        Assert.NotEqual(AnswerStatus.RefusedNotTheirWords, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote == "I cannot put a figure on that today." && c.Speaker == "Ana Silva");
    }

    [Fact]
    public void A_misspelt_word_is_read_as_the_documents_word_and_a_short_or_everyday_one_is_left_alone()
    {
        var analyzed = Assistant.Extractive.Analyze("how many secruity staff does the average trust have?", Assistant.NewConversation());
        var security = Assistant.Search.Sentences.Lexical.Analyze("security").Single();
        Assert.Contains(analyzed.KeyTerms, t => t.Surface == "secruity" && t.Term == security && t.InCorpus);
        // Five letters is too short to guess from ("admin" is not "admit"); fillers and request words are no topic.
        var plain = Assistant.Extractive.Analyze("ok quick summary of the admin pls", Assistant.NewConversation());
        Assert.Equal(["admin"], plain.KeyTerms.Select(t => t.Surface));
    }

    [Fact]
    public async Task A_follow_up_after_an_acknowledgement_stays_with_the_person_asked_about()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "What did Ana Silva say about security staff?", CancellationToken.None);
        var analyzed = Assistant.Extractive.Analyze("ok and what about a pay supplement?", conversation);
        Assert.True(analyzed.SpeakersFromConversation);
        Assert.Equal(["Ana Silva"], analyzed.Speakers);
    }

    [Fact]
    public async Task Who_raised_something_is_answered_by_the_question_that_raised_it()
    {
        var answer = await AskAsync("who wanted to know if there are enough security staff?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Jo Hart", answer.Citations[0].Speaker);
        Assert.Contains("enough security staff?", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Which_witness_refused_is_answered_by_the_witness_not_the_member_who_asked()
    {
        var answer = await AskAsync("which witness would not give a figure for next year's recruitment budget?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("Ana Silva", answer.Citations[0].Speaker);
        Assert.Contains("I cannot put a figure on that today.", answer.Citations[0].Quote);
    }

    // The first question names nobody, so no speaker carries over; "it" still points at its topic and its documents.
    [Fact]
    public async Task A_pronoun_follow_up_to_a_question_naming_nobody_keeps_its_topic_and_documents()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "what is the doorstep records pilot?", CancellationToken.None);

        var more = Assistant.Extractive.Analyze("what will it give the nurses?", conversation);
        Assert.Contains(more.PreviousTerms, t => t.Surface == "doorstep");
        Assert.Contains("press-release.md", more.FollowUpDocuments);

        // Asking for a detail, it looks in the previous answer's documents and keeps the topic too ("start" alone is anything's).
        var when = Assistant.Extractive.Analyze("when does it start?", conversation);
        Assert.Contains(when.PreviousTerms, t => t.Surface == "doorstep");
        Assert.Contains("press-release.md", when.FollowUpDocuments);
    }

    [Fact]
    public async Task After_a_who_question_he_or_she_is_the_person_the_answer_named()
    {
        var conversation = Assistant.NewConversation();
        var first = await Assistant.Extractive.AskAsync(conversation, "which witness would not give a figure for next year's recruitment budget?", CancellationToken.None);
        Assert.Equal("Ana Silva", first.Citations[0].Speaker);

        var next = Assistant.Extractive.Analyze("what did she say about a national pool?", conversation);
        Assert.Equal(["Ana Silva"], next.Speakers);
        Assert.True(next.SpeakersFromConversation);
        Assert.True(next.ScopedToSpeakers);
    }

    // The follow-up names a topic of its own; the previous topic, which she did speak of, must not make it look covered.
    [Fact]
    public async Task A_follow_up_about_a_new_topic_she_never_spoke_of_is_refused()
    {
        var conversation = Assistant.NewConversation();
        await Assistant.Extractive.AskAsync(conversation, "What did Ana Silva say about security staff?", CancellationToken.None);
        var answer = await Assistant.Extractive.AskAsync(conversation, "what did she say about dentistry?", CancellationToken.None);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedNotTheirWords, answer.Status);
        // Nobody in the documents speaks of dentistry, so the refusal does not send the asker to look for who did.
        Assert.DoesNotContain("Others in them do", answer.Text);
    }
}
