namespace NhsTechQA.Tests.Understanding;

/// <summary>"Does she agree that…?" in a debate is the asker's own point (invented Hansard extract).</summary>
public sealed class InterventionTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["debate.md"] = """
            ---
            title: "Home Oxygen Monitoring: Westminster Hall"
            speakers: [Carys Pryce, Owen Marsh, Alan Hale]
            date: 2024-02-06
            type: debate
            ---
            Carys Pryce (Bramford) (Lab): Home monitoring has cut admissions in my constituency. Patients are given a tablet and a nurse checks their readings each morning.

            Owen Marsh (Eastleigh Vale) (Con): Will the hon. Lady give way?

            Carys Pryce: I will.

            Owen Marsh: Does she agree that a tablet left in its box helps nobody, and that training matters as much as the device?

            Carys Pryce: I agree entirely. The hard part is the time a nurse spends showing someone how to use it.

            Alan Hale (Fenwick) (LD): Rural patients need a signal before they need a tablet.
            """,
    };

    [Fact]
    public async Task The_member_who_made_the_point_in_an_intervention_is_ranked_first_for_it()
    {
        var explained = await ExplainAsync("which MP said a tablet left in its box is no help to anyone?");
        var best = explained.Selected[0].Sentence;
        Assert.Equal("Owen Marsh", best.Speaker);
        Assert.Contains("a tablet left in its box helps nobody", Assistant.Search.Index.TextOf(best));
    }

    [Fact]
    public void A_word_of_a_documents_title_is_not_read_as_a_misspelt_name()
    {
        // "hall" is one letter from Alan Hale, and only the title uses it: it is the word it is, not a misspelt name.
        var question = Assistant.Extractive.Analyze("what did members say in the westminster hall debate?", Assistant.NewConversation());
        Assert.Null(question.Unsure);
        Assert.Empty(question.Corrections);
    }
}
