using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>Each refusal ends with a named status and reads as plain English, echoing no fragments of the question.</summary>
[Collection(AssistantCollection.Name)]
public sealed class QuestionStatusTests(AssistantFixture fixture)
{
    private Task<Answer> AskAsync(string question) =>
        fixture.Assistant.AskAsync(fixture.Assistant.NewConversation(), question, CancellationToken.None);

    [Fact]
    public async Task A_person_the_documents_never_mention_is_refused_as_unknown()
    {
        var answer = await AskAsync("What has Thérèse Coffey said about the NHS App?");
        Assert.True(answer.Refused);
        Assert.Equal(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("What have ministers said about blockchain?")]
    [InlineData("has anyone talked about quantum cryptography?")]
    public async Task A_topic_whose_specific_words_no_document_uses_is_refused_as_not_covered(string question)
    {
        var explained = await fixture.Assistant.Extractive.ExplainAsync(fixture.Assistant.NewConversation(), question, CancellationToken.None);
        Assert.False(explained.Verdict.Answerable);
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        // Decided by rule, before the fitted model (which computes features) is asked.
        Assert.Empty(explained.Verdict.Features);
    }

    [Fact]
    public void The_prefix_of_a_hyphenated_word_and_plural_or_possessive_abbreviations_are_read_as_words_not_names()
    {
        var question = fixture.Assistant.Extractive.Analyze("What have MPs said about e-prescribing?", fixture.Assistant.NewConversation());
        Assert.DoesNotContain(question.KeyTerms, t => t.Term == "e");
        Assert.Contains(question.KeyTerms, t => t.Surface == "MPs" && !t.LooksLikeName);
        // A possessive does not make an abbreviation a name: "UK's" is read as "UK" is.
        var possessive = fixture.Assistant.Extractive.Analyze("What is the UK's plan for the NHS App?", fixture.Assistant.NewConversation());
        Assert.Contains(possessive.KeyTerms, t => t.Term == "uk" && !t.LooksLikeName);
    }

    [Fact]
    public async Task A_question_about_what_MPs_said_is_not_refused_as_naming_an_unknown_person()
    {
        var answer = await AskAsync("What have MPs said about the NHS App?");
        Assert.NotEqual(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.DoesNotContain("MPs", answer.Text.Split('.')[0]);
    }

    [Fact]
    public async Task A_question_in_another_language_is_told_the_assistant_answers_in_English()
    {
        var answer = await AskAsync("¿Qué dijo el ministro sobre la tecnología en los hospitales?");
        Assert.True(answer.Refused);
        Assert.Equal(AnswerStatus.RefusedNotEnglish, answer.Status);
        Assert.Contains("English", answer.Text);
    }

    [Fact]
    public async Task A_misspelt_name_one_letter_out_is_read_as_the_person_and_said_so()
    {
        var answer = await AskAsync("What did Barclya say about frustrations among staff?");
        // Read as Steve Barclay: either answered from his words (saying so) or refused about him, never about "Barclya".
        Assert.Contains("Steve Barclay", answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.Speaker != "Steve Barclay");
    }

    [Fact]
    public async Task A_name_two_letters_out_gets_did_you_mean()
    {
        var answer = await AskAsync("What did Hanckoc say about the AI lab?");
        Assert.True(answer.Refused);
        Assert.Equal(AnswerStatus.RefusedDidYouMean, answer.Status);
        Assert.Contains("Did you mean Matt Hancock?", answer.Text);
    }

    [Fact]
    public void A_lower_case_everyday_word_is_not_taken_for_a_misspelt_name()
    {
        var glossary = fixture.Assistant.Settings.Glossary;
        AnalyzedQuestion Read(IReadOnlySet<string> commonWords) =>
            new QuestionAnalyzer(fixture.Assistant.Search, glossary, commonWords).Analyze("what did barclya say about staff?", fixture.Assistant.NewConversation());
        // Not an everyday word: near Steve Barclay, so taken for him or asked about.
        var misspelt = Read(new HashSet<string>());
        Assert.Contains(misspelt.Corrections.Append(misspelt.Unsure), c => c is not null && c.People.Contains("Steve Barclay"));
        // An everyday word ("elderly" near Ellery, "boss" near Voss) is the asker's word, not a name.
        var read = Read(new HashSet<string> { "barclya" });
        Assert.Empty(read.Corrections);
        Assert.Null(read.Unsure);
    }

    [Fact]
    public void Everyday_words_come_from_the_embedding_models_vocabulary()
    {
        var words = CommonWords.FromVocabulary(NhsTechQA.Core.Embeddings.EmbeddedModel.LoadVocabulary(fixture.Assistant.Settings.Embedding));
        Assert.Contains("elderly", words);
        Assert.Contains("boss", words);
        Assert.DoesNotContain("barclya", words);
        Assert.DoesNotContain(words, w => w.StartsWith('#') || w.StartsWith('['));
    }

    [Theory]
    [InlineData("What did Barclay say about NHS dentistry?")]
    public async Task Refusals_name_who_is_covered_and_echo_nothing_garbled(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused);
        Assert.Contains("I can answer questions about what", answer.Text);
        Assert.DoesNotContain("Normandy", answer.Text);
        Assert.DoesNotContain(".txt", answer.Text);
    }

    [Fact]
    public async Task Answers_never_name_a_file()
    {
        var answer = await AskAsync("What did Barclay promise on EPRs?");
        Assert.False(answer.Refused, answer.Text);
        Assert.DoesNotContain(".txt", answer.Text);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
    }
}
