using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Question words of the same family as the documents' words that the stemmer does not join ("accurate" for
/// "accuracy", "ransomware" for "ransom"), and a "who" question with a "when" clause in it.
/// </summary>
public sealed class WordFamilyTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["cyber.md"] = """
            ---
            title: "Speech to the Regional Cyber Forum"
            speaker: Alma Treharne
            date: 2025-06-02
            type: speech transcript
            ---
            Good morning, and thank you for having me.
            Last spring a pathology network lost its systems for eleven days after criminals locked its servers.
            We will never pay a ransom to the people who attack our hospitals.
            Clinicians told me the hardest part was re-entering every result by hand.
            The accuracy of the restored results was checked twice by a consultant.
            Each trust will appoint a named board member for cyber resilience by April next year.
            Every electronic record will be backed up offline.
            """,
        ["wards.md"] = """
            ---
            title: "Trust chief praises ward tablets"
            speaker: Owain Pryce
            date: 2025-07-14
            type: press report
            ---
            Owain Pryce, chief executive of Brynmor Hospitals, said ward tablets had saved his nurses an hour a shift.
            "When a patient is deteriorating, nobody should be walking to a desktop," he said.
            """,
    };

    [Theory]
    [InlineData("would the government pay off a ransomware gang?", "We will never pay a ransom")]
    [InlineData("how accurate were the restored results?", "The accuracy of the restored results")]
    public async Task A_question_word_the_documents_never_use_finds_the_word_of_its_family_they_do(string question, string evidence)
    {
        var explained = await ExplainAsync(question);
        Assert.Contains(explained.Question.KeyTerms, t => !t.InCorpus && t.Alternatives.Count > 0);

        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what did Alma Treharne say about the ransom?")]
    // "elect" begins "electronic"'s stem, but an ending of "ron" makes no family: the election is not covered.
    [InlineData("what did Alma Treharne say about the election?")]
    public async Task A_word_the_documents_use_or_one_merely_beginning_theirs_is_not_widened(string question)
    {
        var explained = await ExplainAsync(question);
        Assert.All(explained.Question.KeyTerms, t => Assert.Empty(t.Alternatives));
    }

    [Fact]
    public async Task A_question_opening_with_who_asks_for_a_person_though_a_when_clause_follows()
    {
        var explained = await ExplainAsync("who said nobody should walk to a desktop when a patient is deteriorating?");
        Assert.Equal(ExpectedAnswer.Person, explained.Question.Expected);

        var member = await ExplainAsync("which MP said nobody should walk to a desktop?");
        Assert.Equal(ExpectedAnswer.Person, member.Question.Expected);

        var dated = await ExplainAsync("when did Owain Pryce say the tablets saved an hour a shift?");
        Assert.Equal(ExpectedAnswer.Date, dated.Question.Expected);
    }

    // "Told MPs on the committee" says where the words were said, not what about: it is not required of an answer.
    [Fact]
    public async Task Words_for_the_kind_of_record_are_not_the_questions_topic()
    {
        var explained = await ExplainAsync("what did Alma Treharne tell MPs on the committee about ransom payments?");
        Assert.Contains(explained.Question.KeyTerms, t => t.Surface == "committee");
        Assert.DoesNotContain(explained.Question.TopicalTerms, t => t.Surface is "committee" or "MPs");
        Assert.Contains(explained.Question.TopicalTerms, t => t.Surface == "ransom");
    }
}

/// <summary>Small numbers in figures and in words ("11 times" for "eleven times").</summary>
public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("11", "eleven")]
    [InlineData("Eleven", "11")]
    [InlineData("40", "forty")]
    [InlineData("twenty", "20")]
    [InlineData("3rd", "third")]
    [InlineData("Third", "3rd")]
    [InlineData("eleventh", "11th")]
    [InlineData("1st", "first")]
    public void A_small_number_has_its_other_way_of_writing(string word, string other) =>
        Assert.Equal(other, NhsTechQA.Core.Answering.NumberWords.OtherWay(word));

    [Theory]
    [InlineData("41")]
    [InlineData("2025")]
    [InlineData("21st")]
    [InlineData("firstly")]
    public void Other_numbers_have_none(string word) => Assert.Null(NhsTechQA.Core.Answering.NumberWords.OtherWay(word));
}
