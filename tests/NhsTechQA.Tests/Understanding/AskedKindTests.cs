namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// "Which MP said…?", "which peer…?", "which minister…?": a speaker known to be of another kind (a charity's chief
/// executive quoted in a report, a peer for an MP) is not the answer, however like the question their words are
/// (invented documents).
/// </summary>
public sealed class AskedKindTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["debate.md"] = """
            ---
            title: "Digital exclusion in rural areas"
            speakers: [Jane Orrell]
            date: 2024-11-20
            type: hansard debate
            ---
            The debate was opened by the MP for Castlemere.

            Ms Jane Orrell (Castlemere) (Lab): Many of my older constituents cannot get on with the app.
            """,
        ["report.md"] = """
            ---
            title: "Charity warns on app-only access"
            date: 2025-03-04
            type: news report
            ---
            Owen Talbot, chief executive of the charity Age Voice, said older people who cannot get on with the NHS App are being left behind.
            """,
        ["lords.md"] = """
            ---
            title: "NHS App: older users"
            speakers: [Lord Fennick of Dalby]
            date: 2025-02-11
            type: hansard debate
            ---
            Lord Fennick of Dalby (Con)
            My Lords, older patients who cannot use the NHS App must keep a telephone route to their surgery.
            """,
    };

    [Theory]
    [InlineData("which MP said older people cannot get on with the NHS App?", "Jane Orrell")]
    [InlineData("which peer spoke up for older people who cannot get on with the NHS App?", "Lord Fennick of Dalby")]
    public async Task The_person_asked_for_is_of_the_kind_asked_for(string question, string speaker)
    {
        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }
}
