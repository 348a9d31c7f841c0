using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A figure given for one place or body does not answer the same question about another the documents also name
/// (invented evidence session); the body a witness speaks for is in their role, and names match without accents.
/// </summary>
public sealed class DetailForAnotherPlaceTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["platform.md"] = """
            ---
            title: "Oral evidence: the data platform"
            date: 2025-06-17
            type: select committee transcript
            ---
            Witnesses: Dr Orla Quint, Chief Clinical Information Officer, Harrowgate Hospitals; Professor Ada Lusk, Professor of Informatics.

            Q1 Chair: How far has the platform got?

            Professor Lusk: In the Pennine region, 23 of 27 acute trusts are now live on the platform. Severnvale has been slower to start.

            Q2 Chair: Dr Quint, what did your audit find?

            Dr Quint: We found one significant error in every 400 notes.

            Q3 Chair: And the ward round?

            Professor Lusk: The ward round at Dún Mór took half the time it used to.
            """,
    };

    [Fact]
    public async Task A_figure_for_another_place_is_the_closest_passage_not_the_answer()
    {
        var answer = await AskAsync("how many trusts in Severnvale are live on the platform?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnsure, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("23 of 27", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_figure_is_given_for_the_place_it_is_for()
    {
        var answer = await AskAsync("how many trusts in the Pennine region are live on the platform?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("23 of 27", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_body_a_witness_speaks_for_is_in_their_role()
    {
        var answer = await AskAsync("how often did Harrowgate find a significant error in its notes?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("one significant error in every 400 notes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_typed_without_its_accents_is_the_name()
    {
        var answer = await AskAsync("how long did the ward round at Dun Mor take?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Dún Mór", StringComparison.Ordinal));
    }
}
