using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A question whose rarest words no document uses is refused as not covered, unless a cited sentence has all its
/// other topic words together: then the absent words are more likely the asker's own, and the model judges.
/// </summary>
public sealed class AbsentWordTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Speech on ward tablets"
            speaker: Nia Pryor
            date: 2025-02-03
            type: speech transcript
            ---
            Ward tablets are not a luxury: they give nurses back an hour on every shift.
            Every hospital ward in the region will have tablets by the summer.
            """,
        ["debate.md"] = """
            ---
            title: "Debate on hospital technology"
            date: 2025-03-10
            type: hansard debate
            ---
            Owen Tally: Nurses on my local hospital ward still wait for a shared desktop.
            Nia Pryor: The ward tablets programme reaches that hospital in May.
            """,
        ["report.txt"] = """
            Tablets arrive on hospital wards
            By Sam Reed
            Nurses at three hospitals said the ward tablets had made handovers quicker.
            """,
    };

    [Fact]
    public async Task An_absent_word_beside_a_topic_found_together_is_left_to_the_model()
    {
        // Asked in the past ("did anyone say…"): in the perfect ("has anyone said…") it asks whether it was said at all.
        var explained = await ExplainAsync("did anyone say ward tablets are a gimmick?");
        Assert.NotEmpty(explained.Verdict.Features);
    }

    [Fact]
    public async Task Whether_anyone_has_said_something_of_a_topic_no_document_names_is_refused()
    {
        // "Has anyone said…" asks whether it was said at all; no document has "smartcards", so nothing was.
        var explained = await ExplainAsync("has anyone said when smartcards are coming to the region?");
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        Assert.Empty(explained.Verdict.Features);
        // The same form with every topic word in the documents is answered.
        var covered = await AskAsync("has anyone said when hospital wards will get their tablets?");
        Assert.False(covered.Refused, covered.Text);
    }

    [Theory]
    [InlineData("any word on when smartcards are coming to the region?")]
    [InlineData("any update on smartcards for the wards?")]
    public async Task Any_word_on_a_topic_no_document_names_is_refused(string question)
    {
        // "Any word on…" asks, as "has anyone said…" does, whether anything was said at all.
        var explained = await ExplainAsync(question);
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        Assert.Empty(explained.Verdict.Features);
        var covered = await AskAsync("any word on when hospital wards will get their tablets?");
        Assert.False(covered.Refused, covered.Text);
    }

    [Fact]
    public async Task Whether_someone_has_set_a_date_for_a_topic_no_document_names_is_refused()
    {
        // "Has the region set a date…?" asks whether there is one at all; no document has "smartcards".
        var explained = await ExplainAsync("has the region set a date for smartcards on the wards?");
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        Assert.Empty(explained.Verdict.Features);
        var covered = await AskAsync("has the region set a date for tablets on the wards?");
        Assert.False(covered.Refused, covered.Text);
    }

    [Fact]
    public async Task An_abbreviation_whose_glossary_phrase_is_absent_too_counts_as_absent()
    {
        // "AI" is in the glossary as "artificial intelligence"; these documents use neither, so it is not found.
        var explained = await ExplainAsync("has anyone said anything about AI scribes or voice tech for recording ward handovers?");
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        var ai = Assert.Single(explained.Question.KeyTerms, t => t.Surface == "AI");
        Assert.Empty(ai.Alternatives);
    }

    [Fact]
    public async Task A_question_whose_topic_words_are_all_absent_is_refused_by_the_rule()
    {
        var explained = await ExplainAsync("has anyone said blockchain could fix rotas?");
        Assert.Equal(AnswerStatus.RefusedNotCovered, explained.Verdict.Status);
        Assert.Empty(explained.Verdict.Features);
    }
}
