using NhsTechQA.Core.Documents;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Turn labels and names in the forms real transcripts and press releases use (invented documents): a bishop's label
/// with no party, the House's interjection on a line of its own, committee questions numbered before a bold label, a
/// passive after a name, and a patient called by first name.
/// </summary>
public sealed class LabelsAndNamesTests
{
    private static List<(string Text, string? Speaker, AttributionKind Kind)> Attribute(string file) => TranscriptAttributionTests.Attribute(file);

    [Fact]
    public void A_numbered_heading_with_a_colon_is_no_ones_turn_and_its_programme_is_no_person()
    {
        var sentences = Attribute("""
            ---
            title: "Cloud migration: progress report to the Board"
            date: 2025-07-24
            type: board paper
            ---
            3. Cyber improvement plan: progress
            3.1 All trusts have now completed the annual cyber assessment.

            4. Project Calder: national cloud migration
            4.1 Project Calder has migrated 9 of the 14 national services. The remaining 5 are now forecast for June 2026.
            """);
        Assert.All(sentences, s => Assert.Null(s.Speaker));
        Assert.Contains(sentences, s => s.Text.Contains("forecast for June 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bishops_label_opens_his_turn_and_the_houses_interjection_is_nobodys()
    {
        var sentences = Attribute("""
            ---
            title: "Pathology Services: Cyber Attack"
            date: 2025-11-20
            type: hansard, house of lords
            ---
            Baroness Tellwood (Lab)
            My Lords, results were delayed for weeks. What is the Government doing about it?

            Baroness Marr of Hexley (Lab)
            My Lords, trusts have restored every service. We are reviewing supplier contracts.

            Noble Lords
            Bishop!

            The Lord Bishop of Calverton
            My Lords, many of those waiting were elderly people in rural villages. Who told them what was happening?

            Baroness Marr of Hexley (Lab)
            The right reverend Prelate raises an important point.
            """);
        Assert.Equal("Baroness Marr of Hexley", sentences.Single(s => s.Text.StartsWith("We are reviewing")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Bishop!")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Noble Lords")).Speaker);
        Assert.Equal("Lord Bishop of Calverton", sentences.Single(s => s.Text.StartsWith("My Lords, many of those")).Speaker);
        Assert.Equal("Lord Bishop of Calverton", sentences.Single(s => s.Text.StartsWith("Who told them")).Speaker);
        Assert.Equal("Baroness Marr of Hexley", sentences.Single(s => s.Text.StartsWith("The right reverend")).Speaker);
    }

    [Fact]
    public void A_committee_question_numbered_before_its_bold_label_is_the_members()
    {
        var sentences = Attribute("""
            ---
            title: "Oral evidence: AI in frontline care"
            date: 2025-09-17
            type: oral evidence
            ---
            Witnesses: Professor Ada Brennock, Chief Executive, Health Technology Standards Agency.

            Q3 **Professor Brennock:** We have registered 140 products since April. Most of them are scribes.

            Q4 **Dr Ruth Lanyard:** Professor Brennock, how many incidents have been reported to you?

            **Professor Brennock:** Forty-six, across all suppliers.
            """);
        Assert.Equal("Ada Brennock", sentences.Single(s => s.Text.StartsWith("Most of them")).Speaker);
        Assert.Equal("Ruth Lanyard", sentences.Single(s => s.Text.StartsWith("Professor Brennock, how many")).Speaker);
        Assert.Equal("Ada Brennock", sentences.Single(s => s.Text.StartsWith("Forty-six")).Speaker);
    }

    [Fact]
    public void A_passive_after_a_name_is_narration_and_a_patient_called_by_first_name_speaks()
    {
        var sentences = Attribute("""
            ---
            title: "More patients recovering at home on virtual wards"
            date: 2026-01-22
            type: press release
            ---
            More patients are being looked after at home, NHS England said today.

            Dr Gareth Pollard, National Director for Transformation, said: "This is about getting people home sooner."

            Edna Marwick, 81, from Hollinsby, was admitted to hospital in October with heart failure. She was discharged after four days onto the virtual ward.

            Edna said: "I was frightened of going home. Knowing a nurse was looking at my numbers every morning meant I slept properly."
            """);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Edna Marwick, 81")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("She was discharged")).Speaker);
        Assert.Equal("Edna Marwick", sentences.Single(s => s.Text.StartsWith("Edna said")).Speaker);
        Assert.Equal("Edna Marwick", sentences.Single(s => s.Text.StartsWith("Knowing a nurse")).Speaker);
    }

    [Fact]
    public void A_name_confirmed_by_its_surname_speaks_and_a_shared_surname_is_nobodys_in_particular()
    {
        var sentences = Attribute("""
            ---
            title: "Social care gap leaves shared records half finished, says trust chief"
            type: news report
            ---
            Angela Ferrier, chief executive of Aldermoor Hospitals, said the record had changed how her emergency department works.

            Her comments follow a speech by health minister Helena Marbury at the Connected Care Summit.

            Marbury also announced a £46m fund to help care homes connect.

            Priya Lall, managing director of Brightstep Home Care, said her carers work on their phones.

            Stephen Ferrier, who runs three care homes and is not related to the trust's chief executive, said he had the login but not the time.

            Ferrier said she hoped the next year would see the record finished.

            "Everybody in this system wants the same thing," she said.
            """);
        Assert.Equal("Helena Marbury", sentences.Single(s => s.Text.StartsWith("Marbury also announced")).Speaker);
        Assert.Equal("Stephen Ferrier", sentences.Single(s => s.Text.StartsWith("Stephen Ferrier")).Speaker);
        // Two people are called Ferrier; "she" says which: the one the report calls "her" where it names her in full
        // ("…how her emergency department works"), not Stephen ("said he had…"). Her quotation follows.
        Assert.Equal("Angela Ferrier", sentences.Single(s => s.Text.StartsWith("Ferrier said she hoped")).Speaker);
        Assert.Equal("Angela Ferrier", sentences.Single(s => s.Text.StartsWith("\"Everybody")).Speaker);
    }

    [Fact]
    public void A_possessive_organisation_in_an_appositive_leaves_the_name_the_speaker()
    {
        var sentences = Attribute("""
            ---
            title: "Care home sensors cut night falls"
            type: news report
            ---
            Sensors have cut night-time falls at a care home, its owner says.

            Cllr Helen Marsh, Westmarsh County Council's cabinet member for adult social care, said the council had put £1.2 million into the pilot.

            Debbie Marsh - no relation to the councillor - whose mother, Joan, 88, has lived at Larchfield for three years, said she had "real doubts" at first.

            Ms Marsh said she now thought the sensors had "given Mum her nights back".
            """);
        Assert.Equal("Helen Marsh", sentences.Single(s => s.Text.StartsWith("Cllr Helen Marsh")).Speaker);
        Assert.Equal("Debbie Marsh", sentences.Single(s => s.Text.StartsWith("Debbie Marsh")).Speaker);
        // Two people are called Marsh: "Ms Marsh" could be either, so the sentence is nobody's in particular.
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Ms Marsh")).Speaker);
    }

    [Fact]
    public void A_title_tells_apart_two_people_of_one_surname()
    {
        var sentences = Attribute("""
            ---
            title: "Minutes of the board meeting"
            type: minutes
            ---
            Present:
            - Dr Maria Okonedo-Lane, Chief Clinical Information Officer
            - Peter Okonedo-Lane, Non-Executive Member

            Dr Maria Okonedo-Lane presented the electronic prescribing business case.

            Dr Okonedo-Lane reported that go-live had moved from March to June because the interface was late.

            Peter Okonedo-Lane asked how the risk would be reported. Mr Okonedo-Lane asked that the results come to the audit committee.
            """);
        // Only Maria is written as a doctor, and only Peter never with a title that sets him apart.
        Assert.Equal("Maria Okonedo-Lane", sentences.Single(s => s.Text.StartsWith("Dr Okonedo-Lane reported")).Speaker);
        Assert.Equal("Peter Okonedo-Lane", sentences.Single(s => s.Text.StartsWith("Mr Okonedo-Lane asked")).Speaker);
    }

    [Fact]
    public void A_shared_surname_is_the_person_named_so_far_until_the_second_is_named()
    {
        var sentences = Attribute("""
            ---
            title: "Test results in the App slip to next year"
            type: news report
            ---
            The national chief information officer, Dr Tobias Wren, confirmed the new date on Tuesday.

            "I know people will read this as another missed deadline," Wren said. "But every trust is different.

            "We would rather go live later than have someone find a cancer result at 2am."

            Lorna Wren, who chairs a patient charity and is no relation, said patients wanted a choice.

            Wren said the charity would keep pressing.
            """);
        Assert.Equal("Tobias Wren", sentences.Single(s => s.Text.StartsWith("\"I know people")).Speaker);
        // The quotation runs on into the next paragraph, reopened: still his.
        Assert.Equal("Tobias Wren", sentences.Single(s => s.Text.StartsWith("\"We would rather")).Speaker);
        Assert.Equal("Lorna Wren", sentences.Single(s => s.Text.StartsWith("Lorna Wren")).Speaker);
        // Both are named by now, and neither with a pronoun: "Wren" alone could be either.
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Wren said the charity")).Speaker);
    }

    [Fact]
    public void Time_stamps_before_labels_are_not_spoken_and_the_turns_are_the_labelled_persons()
    {
        var sentences = Attribute("""
            Episode 31: e-obs and virtual wards
            Guest: Ruth Amankwah, Chief Nurse, Rivermead Hospitals

            [00:00:33] Host: Let's start with the basics. Why did you bother?

            [00:00:41] Ruth Amankwah: Because of a patient. A high score was written on a chart at two in the morning and nobody was called.

            [00:01:44] Host: How much of the hospital is on it?

            (00:01:48) Ruth Amankwah: We've got 22 wards live on the main site.
            """);
        Assert.Equal("Ruth Amankwah", sentences.Single(s => s.Text.StartsWith("Because of a patient")).Speaker);
        Assert.Equal("Ruth Amankwah", sentences.Single(s => s.Text.StartsWith("We've got 22 wards")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("How much of the hospital")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("00:0"));
    }

    [Fact]
    public void A_turn_labelled_only_the_minister_is_the_one_minister_the_witness_list_names()
    {
        var sentences = Attribute("""
            ---
            title: "Oral evidence: Digital infrastructure"
            type: select committee oral evidence
            date: 2025-11-04
            ---
            Witnesses: Ruth Calloway MP, Parliamentary Under-Secretary of State for Digital Health, Department of Health and Social Care; and Dr Marcus Ellery, Director, Federated Records Programme, NHS England.

            Q45 **Chair:** Minister, thank you for coming.

            **Ruth Calloway:** Thank you, Chair.

            **Dr Marcus Ellery:** As of September, 187 trusts had an electronic record.

            Q53 **Sarah Quenby:** What happens to a trust that does not meet the cyber standard?

            **The Minister:** The consequence is intervention, not a fine.
            """);
        Assert.Equal("Ruth Calloway", sentences.Single(s => s.Text.StartsWith("The consequence is intervention")).Speaker);
    }
}
