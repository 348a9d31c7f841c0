using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// The sentence that matches a question best may leave the detail asked for to the next one of the same speaker
/// ("We are moving our laboratory system on to the hosted platform." + "That move is scheduled for the end of June
/// this year."): the citation shows both, so the detail counts as given (invented documents).
/// </summary>
public sealed class DetailInNextSentenceTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["evidence.md"] = """
            ---
            title: "Committee evidence on digital resilience"
            date: 2025-02-11
            type: oral evidence
            ---
            **The Convener:** Dr Bairden, where are you with recovery after the attack?

            **Dr Fiona Bairden (NHS Strathmore):** Our clinical services are running again. We are also moving our laboratory information system off our own servers and on to the hosted national platform. That move is scheduled for the end of June this year.

            **The Convener:** Thank you.
            """,
    };

    [Fact]
    public async Task A_date_in_the_next_sentence_of_the_same_turn_answers_when()
    {
        var answer = await AskAsync("when is strathmore shifting its lab system onto the national hosted platform?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("end of June", StringComparison.Ordinal));
    }
}
