namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A witness list gives a minister's role after the letters after his name ("Gareth Almond MP, Parliamentary
/// Under-Secretary of State for Care"); a witness addressed by name before a sentence ("Ms Marchetti, your ICB was named
/// in the Secretary of State's speech") is not given that sentence as a role (invented documents).
/// </summary>
public sealed class WitnessRoleTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["evidence.md"] = """
            ---
            title: "Health and Social Care Committee - Oral evidence: hospital discharge records"
            date: 2025-03-26
            type: oral evidence
            ---
            I: Helen Marchetti, Chief Executive, Wensum Integrated Care Board; and Tobias Lindqvist, Managing Director, Kestrel Lane Care Group.

            II: Gareth Almond MP, Parliamentary Under-Secretary of State for Care, Department of Health and Social Care.

            **Q41 Chair:** Ms Marchetti, your ICB was named in the Secretary of State's speech last month. Where are you up to?

            **Helen Marchetti:** Discharge teams can now see the council's care assessment beside the discharge summary.

            **Tobias Lindqvist:** The expensive part is the staff time to move off paper.

            **Q50 Chair:** Minister, will there be a national standard for discharge data?

            **Gareth Almond:** We will publish a national data standard for discharge information later this year. I want that standard to be mandatory for suppliers.
            """,
        ["speech.md"] = """
            ---
            title: "Health and Social Care Secretary's speech at the Westbury Institute"
            speaker: Daniel Penrose
            date: 2025-02-19
            type: speech transcript
            ---
            Social care records are how care homes will know what happened in hospital. We are putting £34 million into them.
            """,
        ["council.md"] = """
            ---
            title: "Care homes go paperless"
            type: news report
            ---
            Councillor Maureen Dobbs, leader of Ashcombe County Council, said the change was long overdue.
            """,
        ["filler.md"] = """
            ---
            title: "Community nursing devices"
            date: 2025-01-20
            type: news report
            ---
            Community nurses in the county are to get new tablets. The devices work offline and upload records when a signal returns.
            """,
    };

    [Fact]
    public void A_ministers_role_after_the_letters_after_his_name_is_his()
    {
        Assert.Contains("parliamentari", Assistant.Search.Roles.Roles["Gareth Almond"]);
    }

    [Fact]
    public void A_sentence_said_to_a_witness_named_before_it_is_not_her_role()
    {
        Assert.DoesNotContain("secretari", Assistant.Search.Roles.Roles["Helen Marchetti"]);
    }

    [Fact]
    public void The_care_minister_at_the_committee_is_the_minister_who_gave_evidence_there()
    {
        var analyzed = Assistant.Extractive.Analyze("what did the care minister tell the health committee about a national standard for discharge data?", Assistant.NewConversation());
        Assert.Equal(["Gareth Almond"], analyzed.Speakers);
    }

    [Theory]
    // A boss is whoever runs the organisation: here its managing director.
    [InlineData("what did the kestrel lane care boss say was the real cost of going paperless?", "Tobias Lindqvist")]
    // A council's leader, and an organisation's manager, are roles too.
    [InlineData("what did the ashcombe council leader say about the change?", "Maureen Dobbs")]
    public void A_boss_or_a_leader_is_the_person_the_documents_give_that_role(string question, string person)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Single(analyzed.Speakers, s => s.EndsWith(person, StringComparison.Ordinal));
    }
}
