using NhsTechQA.Core;

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
    // A junior minister is an under-secretary or a minister of state, not the Secretary of State.
    [InlineData("what did the junior health minister say about care home devices?", "Colin Marr")]
    public void A_role_that_fits_one_person_is_that_person(string question, string person)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal([person], analyzed.Speakers);
    }

    [Theory]
    [InlineData("What did the health secretary say about the app?")]
    // Only one minister's role is spelt out, but "the minister" could be one whose role no document gives.
    [InlineData("How many wards does the minister want on e-prescribing?")]
    // Every word of the role must fit: a chief digital officer is not the chief nursing officer.
    [InlineData("what has the chief nursing officer said about the cloud?")]
    public void A_role_that_fits_several_people_or_none_in_particular_is_nobody(string question)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Empty(analyzed.Speakers);
    }
}
