namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A role given only in a speech's title ("Health and Social Care Secretary's keynote at …", "Speech by the Minister
/// for Care at …") is its speaker's; an organisation's role is asked without "the" ("marrowfield's boss"); a peer is
/// "Lord Kestrel", not "Barrowfield" (invented documents).
/// </summary>
public sealed class TitleRoleTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["keynote.md"] = """
            ---
            title: "Health and Social Care Secretary's keynote at the Harbourside Expo"
            speaker: Alison Penrose
            date: 2025-07-09
            type: speech transcript
            ---
            I can confirm that we will meet the licence costs centrally, so no practice will pay to join the booking service.
            """,
        ["care.md"] = """
            ---
            title: "Speech by the Minister for Care at the Carers' Summit"
            speaker: Owen Tally
            date: 2025-05-21
            type: speech transcript
            ---
            Unpaid carers will be able to order repeat prescriptions for the people they look after from January.
            """,
        ["lords.md"] = """
            ---
            title: "NHS: Artificial Intelligence in Radiology"
            speakers: [Lord Kestrel of Barrowfield, Baroness Merrow of Ashcombe]
            date: 2025-03-06
            type: hansard debate
            ---
            Lord Kestrel of Barrowfield (Lab)
            My Lords, will my noble friend confirm that digital pathology is eligible for the fund?

            Baroness Merrow of Ashcombe (Lab)
            My Lords, pathology networks are eligible, and three awards have gone to digital pathology projects.
            """,
        ["report.md"] = """
            ---
            title: "Booking service goes national"
            date: 2025-07-10
            type: news report
            ---
            Tobias Renwick, chief executive of Marrowfield Systems, which built the booking service, said the company had doubled its integration team.
            Carys Madd, chief operating officer of Brightwater Care Homes, said each home had cost about £9,500 in the first year.
            Anya Roe, chief digital officer of Marrowfield Systems, said the team would double again next year.
            """,
    };

    [Theory]
    [InlineData("does a practice have to pay anything to join the booking service? what did the health sec say", "Alison Penrose")]
    [InlineData("what has the health secretary said about licence costs?", "Alison Penrose")]
    [InlineData("what did the care minister say about unpaid carers?", "Owen Tally")]
    [InlineData("what has marrowfield's boss said about the integration team?", "Tobias Renwick")]
    [InlineData("how big will marrowfield's integration team get, according to their chief digital officer?", "Anya Roe")]
    // Abbreviated roles are read through the glossary: COO, MD, DASS and the like.
    [InlineData("what did the brightwater COO say it cost per home?", "Carys Madd")]
    public void A_role_in_a_title_or_an_organisations_role_is_the_person(string question, string person)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal([person], analyzed.Speakers);
    }

    [Fact]
    public void A_peer_is_named_without_the_place_in_the_title()
    {
        var analyzed = Assistant.Extractive.Analyze("what did lord kestrel ask about pathology?", Assistant.NewConversation());
        Assert.Equal(["Lord Kestrel of Barrowfield"], analyzed.Speakers);
        Assert.Equal(["Baroness Merrow of Ashcombe"], Assistant.Extractive.Analyze("what did Merrow say about pathology?", Assistant.NewConversation()).Speakers);
        // The place of a peer's title is not the peer.
        Assert.Empty(Assistant.Extractive.Analyze("what is happening at Ashcombe?", Assistant.NewConversation()).Speakers);
    }

    [Fact]
    public async Task The_title_role_answers_from_the_speakers_words()
    {
        var answer = await AskAsync("does a practice have to pay anything to join the booking service? what did the health sec say");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("no practice will pay to join", answer.Citations[0].Quote);
        Assert.Equal("Alison Penrose", answer.Citations[0].Speaker);
    }
}
