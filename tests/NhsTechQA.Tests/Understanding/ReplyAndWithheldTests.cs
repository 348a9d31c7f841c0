using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A question in a debate that matches the asker's own question is answered by the reply after it; a figure withheld
/// in the sentence after the one that matched is still withheld; "what's X paying" asks for a sum (invented documents).
/// </summary>
public sealed class ReplyAndWithheldTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["lords.md"] = """
            ---
            title: "Pathology Services: Cyber Attack"
            date: 2025-11-20
            type: hansard, house of lords
            ---
            Lord Tavington (LD)
            My Lords, the Minister of State promised every acute trust an electronic patient record by March 2027. Given incidents like this, is that deadline still realistic, or is it about to slip?

            Baroness Marr of Hexley (Lab)
            My Lords, the target remains March 2027, and the department is working with the trusts furthest behind.
            """,
        ["evidence.md"] = """
            ---
            title: "Oral evidence: AI in frontline care"
            date: 2025-09-17
            type: oral evidence
            ---
            Q4 Chair: Dr Kettle, how many clinical safety incidents have been reported with Clarion Scribe?

            Dr Rafe Kettle: We take every report extremely seriously, and each one goes through our clinical safety officer. I am not going to put a single figure on it in a public session.

            Q5 Chair: How many practices use it?

            Dr Rafe Kettle: Around 900 GP practices and 11 hospital trusts use Clarion Scribe.
            """,
        ["press.md"] = """
            ---
            title: "ICB rolls out AI scribes to GP practices"
            type: news report
            ---
            North Wyre ICB has rolled out AI scribes to 58 of its 131 GP practices since the spring.
            Its chief digital officer declined to say how much the ICB was paying per licence, citing commercial confidentiality.
            Separately, a remote access account of the supplier Hollins Kerr Systems was used in a ransomware attack on Ashcombe Valley's hospitals.
            “There is no evidence that any other customer has been affected,” the company said in a statement.
            """,
    };

    [Fact]
    public async Task The_reply_to_a_question_that_matches_is_cited_after_it()
    {
        var answer = await AskAsync("in the lords did the government admit the EPR deadline was going to slip?");
        Assert.False(answer.Refused, answer.Text);
        Assert.True(answer.Citations.Any(c => c.Speaker == "Baroness Marr of Hexley" && c.Quote.Contains("the target remains March 2027", StringComparison.Ordinal)), answer.Text);
    }

    [Fact]
    public async Task A_count_withheld_in_the_same_turn_is_not_answered_by_other_figures()
    {
        var answer = await AskAsync("how many safety incidents have been reported with clarion scribe specifically?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
        Assert.Contains("not going to put a single figure", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_someone_is_paying_asks_for_a_sum()
    {
        Assert.Equal(ExpectedAnswer.Money, Assistant.Extractive.Analyze("what's north wyre ICB paying per licence for its ai scribes", Assistant.NewConversation()).Expected);
        var answer = await AskAsync("what's north wyre ICB paying per licence for its ai scribes");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
    }

    [Fact]
    public async Task A_not_inside_a_quotation_of_nobody_named_counts_only_in_a_clause_with_the_questions_words()
    {
        // The company's statement is nobody's the documents name, but it is someone's words, not the narrator's: its
        // "no evidence" is in a clause without the question's words, so it is no sign of a swapped question.
        var explained = await ExplainAsync("what did the company say in its statement?");
        var statement = explained.Selected.Single(s => Assistant.Search.Index.TextOf(s.Sentence).Contains("no evidence", StringComparison.Ordinal));
        Assert.Null(statement.Sentence.Speaker);
        Assert.Same(statement, explained.Selected[0]);
        Assert.Equal(0, Feature(explained, "negation_mismatch"));
    }
}
