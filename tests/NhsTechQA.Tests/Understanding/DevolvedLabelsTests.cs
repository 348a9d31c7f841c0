namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// The devolved parliaments label members with the letters after their names ("Meleri Rhys MS:", "… MSP:", "… MLA:"):
/// each such label opens that member's turn, and their words are never run on into the minister's (invented record).
/// </summary>
public sealed class DevolvedLabelsTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["plenary.md"] = """
            ---
            title: "Plenary, 14 January 2026: Questions to the Cabinet Secretary for Health and Social Care"
            date: 2026-01-14
            type: plenary record
            ---
            **The Presiding Officer:** The first question is from Meleri Rhys.

            **Meleri Rhys MS:** Will the Cabinet Secretary make a statement on the national digital health record?

            **The Cabinet Secretary for Health and Social Care (Owain Treharne):** Diolch, Meleri. The record has gone live in two of our seven health boards.

            **Meleri Rhys MS:** I thank the Cabinet Secretary for that answer. When will community pharmacists be able to see it?

            **The Cabinet Secretary for Health and Social Care (Owain Treharne):** Community pharmacy access is part of the second phase.

            **Gareth Powell MSP:** How much will it cost in total?

            **Ciaran Devlin MLA:** And when will GPs see hospital letters?

            **Sian Powell MS:** One GP in my region put it to me very simply. She said, and I quote, "We were told 'go live in the spring' three springs ago." When will the app take repeat prescriptions?
            """,
    };

    [Fact]
    public void A_label_with_letters_after_the_name_opens_that_members_turn()
    {
        var sentences = Assistant.Search.Index.Sentences;
        string? SpeakerOf(string words) => sentences.Single(s => Assistant.Search.Index.TextOf(s).Contains(words, StringComparison.Ordinal)).Speaker;
        Assert.Equal("Meleri Rhys", SpeakerOf("When will community pharmacists be able to see it?"));
        Assert.Equal("Meleri Rhys", SpeakerOf("Will the Cabinet Secretary make a statement"));
        Assert.Equal("Owain Treharne", SpeakerOf("Community pharmacy access is part of the second phase."));
        Assert.Equal("Gareth Powell", SpeakerOf("How much will it cost in total?"));
        Assert.Equal("Ciaran Devlin", SpeakerOf("And when will GPs see hospital letters?"));
    }

    [Fact]
    public async Task A_member_quoting_someone_in_their_own_turn_is_introduced_as_saying_it()
    {
        var answer = await AskAsync("which member quoted a GP who was told about a spring go live three springs ago?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("Sian Powell said:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a report of", answer.Text, StringComparison.Ordinal);
    }
}
