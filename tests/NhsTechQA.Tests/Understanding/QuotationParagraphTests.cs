using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A cited sentence is quoted with the rest of its paragraph in the same person's words, up to
/// <c>Answering:QuotationParagraphChars</c>: the sentence that matches the question best is often not the one with the
/// detail asked for. Another speaker's words, narration, and a paragraph past the limit are not taken in (invented documents).
/// </summary>
public sealed class QuotationParagraphTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["interview.txt"] = """
            ---
            title: "Interview: the chief clinical information officer of Fenmoor Hospitals"
            speaker: Dr Rhian Tallis
            date: 2025-05-02
            type: Q&A interview
            ---
            Q: How did your pathology network do from the diagnostics fund?

            A: Our pathology network at Fenmoor Royal received £2.6 million in the first round. The award pays for the slide scanners, the image storage and a tool that pre-screens biopsies.

            Q: And the second round?

            A: We have applied, and we will hear in the spring. I would not want to guess the sum.
            """,
        ["report.md"] = """
            ---
            title: "Fenmoor digitises its pathology slides"
            date: 2025-04-10
            type: news report
            ---
            Fenmoor Hospitals has begun scanning every pathology slide it reports. "The scanners arrived in March and the first biopsies were read on screen a week later," said Colin Vance, the trust's head of pathology. The trust said the work would be finished by the autumn.

            Mr Vance said the network would need more storage next year. The first year of storage has been paid for by the trust from its own capital budget, which was agreed before the diagnostics fund existed, and the second year will need a new bid to the integrated care board, which has not yet said how it will decide between the bids it receives from its trusts this year.
            """,
        ["filler.md"] = """
            ---
            title: "Community nursing devices"
            date: 2025-01-20
            type: news report
            ---
            Community nurses in the county are to get new tablets. The devices work offline and upload records when a signal returns.
            Staff said the old laptops took ten minutes to start. The trust said the tablets would arrive by the summer.
            """,
    };

    [Fact]
    public async Task The_detail_in_the_next_sentence_of_the_answer_is_quoted_with_it()
    {
        var answer = await AskAsync("how much did fenmoor's pathology network get from the diagnostics fund and what does it pay for?");
        Assert.False(answer.Refused, answer.Text);
        var quote = answer.Citations[0].Quote;
        Assert.Contains("received £2.6 million in the first round.", quote, StringComparison.Ordinal);
        Assert.Contains("pays for the slide scanners", quote, StringComparison.Ordinal);
        Assert.EndsWith("Rhian Tallis", answer.Citations[0].Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quotation_does_not_take_in_the_narration_or_another_speakers_words_beside_it()
    {
        var answer = await AskAsync("what did colin vance say about when the scanners arrived?");
        Assert.False(answer.Refused, answer.Text);
        var quote = answer.Citations.First(c => c.Quote.Contains("The scanners arrived in March", StringComparison.Ordinal)).Quote;
        Assert.DoesNotContain("has begun scanning", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("would be finished by the autumn", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_longer_than_the_limit_is_not_quoted_whole()
    {
        var answer = await AskAsync("who paid for the first year of fenmoor's slide storage?");
        Assert.False(answer.Refused, answer.Text);
        var quote = answer.Citations.First(c => c.Quote.Contains("first year of storage", StringComparison.Ordinal)).Quote;
        Assert.DoesNotContain("Mr Vance said the network would need more storage", quote, StringComparison.Ordinal);
        Assert.True(quote.Length <= Assistant.Settings.Answering.QuotationParagraphChars || !quote.Contains(". ", StringComparison.Ordinal), quote);
    }
}
