using NhsTechQA.Core;
using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A role in a question is the person the documents give it to, when only one fits (invented documents).</summary>
public sealed class RoleTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["release.md"] = """
            ---
            title: "Community nursing records"
            type: press release
            ---
            Announcing the pilot in Leeds, Minister for Community Care Leah Dunn said the records would travel with the nurse.

            Omar Fitch, Chief Executive, Brackley Hospitals NHS Trust, said the trust had been attacked through a supplier's account.

            Priya Rao, chief digital and information officer at Brackley Hospitals, said the move to the cloud was finished.

            Colin Fenwick, branch secretary for the Health Workers' Alliance at Brackley, said staff had not been paid for the go-live weekend.
            """,
        ["report.md"] = """
            ---
            title: "Two secretaries of state on apps"
            type: news report
            ---
            Health Secretary Ann Price said the app would book appointments. A year later Health Secretary Tom Vale said it would also hold records.
            """,
        ["debate.md"] = """
            ---
            title: "Electronic prescribing in community hospitals"
            speakers: [Gareth Pell, Mira Osei, Daniel Ash]
            type: hansard debate
            ---
            Gareth Pell (Ashby Downs) (Lab): I beg to move that this House has considered electronic prescribing in community hospitals.

            Mira Osei (Thornby North) (LD): Will the hon. Member give way? Paper charts are still used on most wards in my area.

            The Minister for Secondary Care (Daniel Ash): Every community hospital will have electronic prescribing by 2027.
            """,
        ["questions.md"] = """
            ---
            title: "Oral answers: social care"
            speakers: [Ruth Keane, Colin Marr, Ayesha Dale]
            type: hansard debate
            ---
            Ayesha Dale (Brentfield) (Lab): What steps is the Department taking on digital social care records?

            The Secretary of State for Health and Social Care (Ruth Keane): Every care provider will have a digital record by 2026.

            The Parliamentary Under-Secretary of State for Health and Social Care (Colin Marr): Care homes will get £40 million for devices.
            """,
        ["evidence.md"] = """
            ---
            title: "Oral evidence: online consultation tools"
            type: select committee transcript
            ---
            Witnesses: Dr Nia Harrow, GP partner, Marsh Lane Surgery, Ipswich; Simon Crane, Chief Executive, Tallow Systems; Professor Ines Moor, Professor of Digital Ethics, University of Fenbury.

            Dr Harrow: We pay a fee for every product that writes into our record.

            Simon Crane: The fee pays for the testing every connection needs.

            Professor Moor: Patients should be told who reads their data.
            """,
        ["blog.md"] = """
            ---
            title: "Why falls sensors belong in every care home"
            author: Farah Quill MP, Minister of State for Social Care
            date: 2025-09-18
            ---
            Last month I visited a care home in Haddleton where acoustic sensors now listen for falls at night.

            I want every care home to be able to buy sensors like these, and I have asked for a plan by the spring.
            """,
    };

    [Theory]
    [InlineData("What did the community care minister say about records?", "Leah Dunn")]
    [InlineData("what did the minister for community care announce in Leeds?", "Leah Dunn")]
    [InlineData("According to the Brackley chief exec, how did the attackers get in?", "Omar Fitch")]
    [InlineData("What was the Lib Dem MP's point about paper charts?", "Mira Osei")]
    [InlineData("what did the member for Ashby Downs move?", "Gareth Pell")]
    [InlineData("When did the secondary care minister say community hospitals would have e-prescribing?", "Daniel Ash")]
    // "Boss" is the chief executive; the words after "at" stop at the question's verb.
    [InlineData("what did the trust boss at brackley say about the attack?", "Omar Fitch")]
    // An abbreviation of a role in the glossary is read as the role.
    [InlineData("what did the brackley CDIO say about the cloud?", "Priya Rao")]
    // A long role with its organisation before it: six words before the role's noun.
    [InlineData("what did the brackley hospitals chief digital and information officer say about the cloud?", "Priya Rao")]
    [InlineData("what did the brackley hospitals CDIO say about the cloud?", "Priya Rao")]
    // A junior minister is an under-secretary or a minister of state, not the Secretary of State.
    [InlineData("what did the junior health minister say about care home devices?", "Colin Marr")]
    // Several ministers are "care" ministers; the one who speaks in the debate the question names is meant.
    [InlineData("what did the care minister say in the electronic prescribing debate?", "Daniel Ash")]
    // A blog's author field gives the author's role, though the post never names its writer.
    [InlineData("what did the social care minister say about falls sensors?", "Farah Quill")]
    // A secretary asked for as one is found by the role the document gives, minister or not.
    [InlineData("what did the health workers' branch secretary say about the go-live weekend?", "Colin Fenwick")]
    public void A_role_that_fits_one_person_is_that_person(string question, string person)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal([person], analyzed.Speakers);
    }

    [Theory]
    // A witness list gives each witness their role, organisation and place.
    [InlineData("what did the ipswich gp say about fees?", "Nia Harrow")]
    [InlineData("what does the ethics prof think patients should be told?", "Ines Moor")]
    // Words after the role that fit no one's role are the occasion, not the role.
    [InlineData("what did the tallow boss at the select committee say about fees?", "Simon Crane")]
    public void A_witness_is_known_by_the_role_the_witness_list_gives(string question, string person)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal([person], analyzed.Speakers);
    }

    [Fact]
    public void A_role_with_a_place_no_document_names_is_nobody()
    {
        // "brackley chief digital and information officer" is Priya Rao; one of its words may be left out, but not for
        // a word no document uses: the Westbrook CDIO is someone else's (a near miss), not Brackley's.
        Assert.Equal(["Priya Rao"], Assistant.Extractive.Analyze("what did the brackley CDIO say about the cloud?", Assistant.NewConversation()).Speakers);
        Assert.Empty(Assistant.Extractive.Analyze("what did the westbrook CDIO say about the cloud?", Assistant.NewConversation()).Speakers);
    }

    [Theory]
    [InlineData("the ipswich gp and the tallow boss - do they agree on fees?", new[] { "Nia Harrow", "Simon Crane" })]
    // Beside a named person, a role joined to the name is a second person.
    [InlineData("how do Dr Harrow and the tallow ceo differ on fees?", new[] { "Nia Harrow", "Simon Crane" })]
    public void Two_people_asked_about_are_both_read(string question, string[] people)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal(people, analyzed.Speakers);
    }

    [Fact]
    public async Task A_comparison_of_a_named_person_and_a_role_cites_both()
    {
        var answer = await AskAsync("how do Dr Harrow and the tallow ceo differ on the fee?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Speaker == "Nia Harrow");
        Assert.Contains(answer.Citations, c => c.Speaker == "Simon Crane");
    }

    [Fact]
    public async Task A_name_set_against_the_person_is_the_other_side_not_their_topic()
    {
        // Professor Moor never says "Tallow": that is who she is compared with, not what she is asked to have spoken of.
        var answer = await AskAsync("what did the ethics prof want patients told vs what Tallow Systems said?");
        Assert.NotEqual(AnswerStatus.RefusedNotTheirWords, answer.Status);
        Assert.Contains(answer.Citations, c => c.Speaker == "Ines Moor");
    }

    [Fact]
    public void A_role_beside_a_named_person_but_not_joined_to_them_is_not_a_second_speaker()
    {
        // "The Tallow boss" here is what Dr Harrow is asked about, not a second person asked about.
        var analyzed = Assistant.Extractive.Analyze("what did Dr Harrow say about the tallow boss?", Assistant.NewConversation());
        Assert.Equal(["Nia Harrow"], analyzed.Speakers);
    }

    [Theory]
    [InlineData("What did the health secretary say about the app?")]
    // Only one minister's role is spelt out, but "the minister" could be one whose role no document gives.
    [InlineData("How many wards does the minister want on e-prescribing?")]
    // Every word of the role must fit: a chief digital officer is not the chief nursing officer.
    [InlineData("what has the chief nursing officer said about the cloud?")]
    // A union's branch secretary "for the Health Workers' Alliance" is no health minister.
    [InlineData("what did the health workers minister say about the go-live weekend?")]
    public void A_role_that_fits_several_people_or_none_in_particular_is_nobody(string question)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Empty(analyzed.Speakers);
    }
}
