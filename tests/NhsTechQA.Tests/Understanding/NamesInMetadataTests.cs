using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Words a question uses that the corpus has only in a document's metadata, a professor called "Prof", and a framing
/// word misspelt ("summerise") are read, not refused as unknown names (invented documents).
/// </summary>
public sealed class NamesInMetadataTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Speech on virtual wards"
            speaker: Tara Quint
            date: 2025-06-12
            event: "Westfold Digital Care Summit 2025"
            type: speech transcript
            ---
            Across the region there are now 2,300 virtual ward beds, and I want to see that reach 3,500 by the end of 2026.

            I can announce today £6 million of new funding for virtual ward technology, for remote monitoring kit and for the clinical hubs that watch over it.
            """,
        ["committee.md"] = """
            ---
            title: "Oral evidence: AI in diagnostics"
            date: 2025-11-18
            type: select committee transcript
            ---
            Witnesses: Professor Annika Lind, Clinical Director for Imaging; Dr Ravi Patel, Chief Digital Officer.

            Q45 Chair: What is holding back the AI programme?

            Professor Lind: The bottleneck I see is clinical confidence. Radiologists need to trust the tool before they rely on it.

            Dr Patel: The bottleneck is not the technology; it is the number of people who can configure, test and assure it.
            """,
    };

    [Fact]
    public async Task A_name_only_in_a_documents_event_is_not_unknown()
    {
        var answer = await AskAsync("What did the minister say about virtual wards at the Westfold Digital Care Summit?");
        Assert.NotEqual(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("virtual ward", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prof_is_a_title_not_an_unknown_name()
    {
        var answer = await AskAsync("How did Dr Patel and Prof Lind differ on what's holding back the AI programme?");
        Assert.NotEqual(AnswerStatus.RefusedUnknownName, answer.Status);
        Assert.DoesNotContain("Prof.", answer.Text, StringComparison.Ordinal);
        Assert.False(answer.Refused, answer.Text);
    }

    [Fact]
    public async Task A_misspelt_summarise_is_still_a_summary()
    {
        var explained = await ExplainAsync("can you summerise what Tara Quint said about virtual wards");
        Assert.True(explained.Question.Summary);
        Assert.DoesNotContain(explained.Question.KeyTerms, t => t.Surface == "summerise");
    }

    [Fact]
    public async Task A_contraction_with_its_apostrophe_is_not_respelt()
    {
        var explained = await ExplainAsync("What doesn't Tara Quint's funding cover?");
        Assert.Contains("doesn't", explained.Question.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_framing_word_spelt_right_is_left_as_typed()
    {
        var explained = await ExplainAsync("can you summarise what Tara Quint said about virtual wards");
        Assert.Contains("summarise", explained.Question.SearchText, StringComparison.Ordinal);
    }
}
