using NhsTechQA.Core.Documents;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A podcast transcript that labels its turns with names in capitals on lines of their own, a letter read out in a
/// speech over two paragraphs, and an appositive whose clause has a subject of its own (invented documents).
/// </summary>
public sealed class CapitalLabelsAndLettersTests
{
    private static List<(string Text, string? Speaker, AttributionKind Kind)> Attribute(string file) => TranscriptAttributionTests.Attribute(file);

    [Fact]
    public void Turns_labelled_in_capitals_are_each_speakers_and_the_hosts_are_nobodys()
    {
        var sentences = Attribute("""
            THE SHARED RECORD SHOW
            Episode 12: Paying for remote monitoring

            HOST
            Welcome back. My guests are a trust's chief information officer and a supplier's chief executive.

            DR AMARA OKONKWO
            Thanks for having me. We monitor 90 patients at home today.

            JONAH PELLING
            Glad to be here. Our licence costs under ten pounds a day.

            HOST
            Amara, is that the whole cost?

            OKONKWO
            No. And I'd add that the nurses in the hub are the larger part of it.

            PELLING
            I'd say the software is what makes the hub possible.
            """);
        Assert.Equal("Amara Okonkwo", sentences.Single(s => s.Text.StartsWith("We monitor 90")).Speaker);
        Assert.Equal("Jonah Pelling", sentences.Single(s => s.Text.StartsWith("Our licence costs")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Amara, is that")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Welcome back")).Speaker);
        Assert.Equal("Amara Okonkwo", sentences.Single(s => s.Text.Contains("I'd add", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Jonah Pelling", sentences.Single(s => s.Text.StartsWith("I'd say the software")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Speaker is { } speaker && speaker.Contains("I'd", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_headings_in_capitals_are_not_turn_labels()
    {
        var sentences = Attribute("""
            NOTES TO EDITORS
            The fund opens on 1 April.

            ABOUT THE TRUST
            The trust serves 400,000 people.
            """);
        Assert.All(sentences, s => Assert.Null(s.Speaker));
    }

    [Fact]
    public void A_letter_read_out_in_a_speech_is_its_writers_over_both_its_paragraphs()
    {
        var sentences = Attribute("""
            ---
            title: "Fixing the basics"
            speaker: Maria Thornbury
            date: 2025-03-12
            type: speech transcript
            ---
            I want to read you something. My office received a letter from a gentleman called Edwin Tallis, who is 81. He wrote:

            “Dear Ms Thornbury, I have told my story nine times to nine different people.

            “I do not blame the nurses. But I would like to know why the hospital cannot see what my GP can see.”

            I don’t have a good answer for Mr Tallis. Not yet.
            """);
        Assert.Equal("Edwin Tallis", sentences.Single(s => s.Text.StartsWith("“Dear Ms Thornbury")).Speaker);
        Assert.Equal("Edwin Tallis", sentences.Single(s => s.Text.StartsWith("“I do not blame")).Speaker);
        Assert.Equal("Edwin Tallis", sentences.Single(s => s.Text.StartsWith("But I would like")).Speaker);
        Assert.Equal("Maria Thornbury", sentences.Single(s => s.Text.StartsWith("I don’t have")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Speaker is { } speaker && speaker.StartsWith("Dear", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_before_a_clause_with_its_own_subject_does_not_speak()
    {
        var sentences = Attribute("""
            ---
            title: "Q&A with Kellmoor's chief nursing information officer"
            speaker: Jo Harker
            type: interview
            ---
            **How did the board respond?**

            Our chief executive, Dr Ruth Kemble, has been brilliant at backing us when we say, “We’re going to standardise this.” It helped.
            """);
        Assert.NotEqual("Ruth Kemble", sentences.Single(s => s.Text.StartsWith("Our chief executive")).Speaker);
    }

    [Fact]
    public void A_lord_and_a_baroness_of_one_surname_are_two_peers()
    {
        var sentences = Attribute("""
            ---
            title: "Digital Records Bill - Grand Committee"
            date: 2025-06-17
            type: hansard
            ---
            **Baroness Merrick of Castlegate** (LD): My Lords, AI scribes need a national standard for catching errors.

            **Lord Merrick** (Con): My Lords, I am no relation of the noble Baroness. My concern is the cost of leaving a supplier.

            **Lord Tarrant of Wellbeck** (Lab): I thank the noble Baroness, Lady Merrick, and the noble Lord, Lord Merrick.
            """);
        Assert.Equal("Baroness Merrick of Castlegate", sentences.Single(s => s.Text.Contains("national standard", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Lord Merrick", sentences.Single(s => s.Text.Contains("cost of leaving", StringComparison.Ordinal)).Speaker);
        Assert.True(NhsTechQA.Core.Ingestion.PeerTitles.Differ("Lord Merrick", "Baroness Merrick of Castlegate"));
        Assert.False(NhsTechQA.Core.Ingestion.PeerTitles.Differ("Lady Merrick", "Baroness Merrick of Castlegate"));
    }

    [Fact]
    public void Labels_in_capitals_before_a_colon_are_the_presenter_and_the_guest()
    {
        var sentences = Attribute("""
            RADIO WEXHAM - BREAKFAST
            Guest: Dr Chioma Adebanjo, National Director of Digital Transformation, NHS England

            PRESENTER: The papers say millions were locked out of the app. With me is Dr Chioma Adebanjo.

            ADEBANJO: It wasn't millions. Around 420,000 log-in attempts failed on Monday morning.

            PRESENTER: Is that the whole day?

            ADEBANJO: Just the morning.
            """);
        Assert.Equal("Chioma Adebanjo", sentences.Single(s => s.Text.Contains("420,000", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Chioma Adebanjo", sentences.Single(s => s.Text.Contains("Just the morning", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("whole day", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_surname_label_in_capitals_is_the_person_the_transcript_names_once_without_a_title()
    {
        // "Eleanor Marchwood" has no title and never "says" anything in the text: the label is what says she speaks.
        var sentences = Attribute("""
            RADIO MERSEFIELD - BREAKFAST
            Interview: Eleanor Marchwood MP, Minister of State for Health Technology and Innovation

            PRESENTER: With me in the studio is the minister responsible, Eleanor Marchwood. Minister, good morning.

            MARCHWOOD: Good morning, and thank you for having me.

            PRESENTER: Isn't more time just admitting the whole thing has gone wrong?

            MARCHWOOD: No, I don't accept that. Most of the first group of trusts are now live.
            """);
        Assert.Equal("Eleanor Marchwood", sentences.Single(s => s.Text.StartsWith("No, I don't accept", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Eleanor Marchwood", sentences.Single(s => s.Text.StartsWith("Most of the first group", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Isn't more time", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_label_by_first_name_after_the_full_name_is_that_person_not_the_last_speaker()
    {
        var sentences = Attribute("""
            The Ward Round Podcast
            Episode 9: Virtual wards in winter
            Host: Tobias Wrenfield

            TOBIAS WRENFIELD: Welcome. My guest runs the virtual ward at a trust. Marisol, welcome.

            MARISOL QUENBY: Thanks, Tobias. We have 120 beds on the virtual ward this winter.

            TOBIAS: And how many of those are for heart failure?

            MARISOL: About a third of them.
            """);
        Assert.Equal("Tobias Wrenfield", sentences.Single(s => s.Text.Contains("heart failure", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Marisol Quenby", sentences.Single(s => s.Text.Contains("About a third", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Marisol Quenby", sentences.Single(s => s.Text.Contains("120 beds", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_written_questions_export_gives_the_question_to_its_asker_and_the_answer_to_the_minister()
    {
        var sentences = Attribute("""
            WRITTEN QUESTIONS AND ANSWERS - EXPORT

            UIN: 61377
            Heading: NHS: Fax Machines
            Asked by: Rachel Dunmore (Kelmouth South) (Con)
            Date tabled: 03 June 2025

            Question:
            To ask the Secretary of State for Health and Social Care, when the ban on fax machines will take effect.

            Answered by: Stephen Kinnaird, Parliamentary Under-Secretary of State (Department of Health and Social Care)
            Date answered: 11 June 2025

            Answer:
            The ban will now take effect from 1 April 2026. This allows remaining users to move to secure email.

            ----------------------------------------------------------------------

            UIN: 61502
            Heading: Telemedicine
            """);
        Assert.Equal("Rachel Dunmore", sentences.Single(s => s.Text.StartsWith("To ask", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Stephen Kinnaird", sentences.Single(s => s.Text.Contains("1 April 2026", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Stephen Kinnaird", sentences.Single(s => s.Text.Contains("secure email", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Heading: Telemedicine", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Date answered", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Written_answers_as_printed_give_the_words_after_asked_by_and_answered_by_lines()
    {
        var sentences = Attribute("""
            ## Electronic Patient Records: Hospitals

            **Asked by Gareth Lindell (Fenmouth North)**

            To ask the Secretary of State for Health and Social Care, by what date every trust will have an electronic patient record.

            **Answered by Tobias Wrenley, Minister of State (Department of Health and Social Care)**

            We expect every trust to have an EPR in place by the end of March 2026.

            ---

            ## Cyber Security: NHS

            Question tabled on 18 March 2025.
            """);
        // The constituency in brackets is not the asker, and the lines that name them are the record's.
        Assert.Equal("Gareth Lindell", sentences.Single(s => s.Text.StartsWith("To ask", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Tobias Wrenley", sentences.Single(s => s.Text.StartsWith("We expect", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Answered by", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Question tabled", StringComparison.Ordinal)).Speaker);
        Assert.DoesNotContain(sentences, s => s.Speaker == "Fenmouth North");
    }

    [Fact]
    public void Minutes_that_name_members_by_post_give_their_words_to_the_person_the_attendance_table_lists()
    {
        // A Word table reads one cell a line: the name, then the post.
        var sentences = Attribute("""
            Minutes of the Board Meeting held in Public

            Present

            Margaret Olusola

            Chair

            Stephen Rudge

            Chief Finance Officer

            Alan Thewley

            Non-Executive Member (Audit and Risk)

            Bernice Kaul

            Non-Executive Member (Quality)

            The Chair confirmed that the meeting was quorate.

            The Non-Executive Member (Quality) asked whether the funding could be carried into 2026-27.

            The Chief Finance Officer said that NHS England had not yet confirmed its position. He declined to give a figure while negotiations continued.
            """);
        Assert.Equal("Margaret Olusola", sentences.Single(s => s.Text.StartsWith("The Chair confirmed", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Bernice Kaul", sentences.Single(s => s.Text.StartsWith("The Non-Executive Member", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Stephen Rudge", sentences.Single(s => s.Text.StartsWith("The Chief Finance Officer", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Stephen Rudge", sentences.Single(s => s.Text.StartsWith("He declined", StringComparison.Ordinal)).Speaker);
        // A post in a table is nobody's label: "Non-Executive Member (Audit and Risk)" does not open a turn.
        Assert.DoesNotContain(sentences, s => s.Speaker is "Non-Executive Member" or "Audit and Risk");
    }

    [Fact]
    public void Readers_comments_under_a_post_are_the_commenters_and_the_post_its_authors_with_its_quotations()
    {
        var sentences = Attribute("""
            ---
            title: "A year of virtual wards"
            author: Gareth Linford
            date: 2025-09-03
            type: blog
            ---
            We set up the virtual ward last autumn. Joanne Pyke, a community matron, put it plainly: "When a reading doesn't arrive, I drive out.

            "Twice last winter it was the signal."

            I think the answer is better signal boosters.

            ## Comments

            **Dave Kettley** — 5 September 2025

            Good post. In my old practice area I'd bet it was nearer one in ten.
            """);
        Assert.Equal("Gareth Linford", sentences.Single(s => s.Text.StartsWith("I think", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Joanne Pyke", sentences.Single(s => s.Text.StartsWith("\"Twice", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Dave Kettley", sentences.Single(s => s.Text.StartsWith("In my old practice", StringComparison.Ordinal)).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Dave Kettley", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_member_named_before_a_constituency_speaks_and_an_email_they_read_out_is_its_writers()
    {
        var sentences = Attribute("""
            ---
            title: "Electronic Patient Records: General Practice"
            date: 2025-06-17
            type: debate
            ---
            Rhian Pryor (Tarnwick) (LD)

            I want to read out an email I received from Dr Sunil Verma, a GP partner in my constituency. He wrote:

            “On the Monday our clinical system went down at 8.05 in the morning. We had 1,900 appointments booked that week.

            “When it fails, nobody seems to be responsible for it.”

            Those are Dr Verma’s words, not mine.

            Grace Adeyinka (Hollinmoor) (Lab)

            In Hollinmoor, the community trust tells me that 38% of district nurse visits are written on paper first.

            Joan Whitby (Fernvale) (Con)

            The hon. Member for Hollinmoor made the point well. I agree with her.
            """);
        Assert.Equal("Sunil Verma", sentences.Single(s => s.Text.StartsWith("We had 1,900", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Sunil Verma", sentences.Single(s => s.Text.StartsWith("“When it fails", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Rhian Pryor", sentences.Single(s => s.Text.StartsWith("Those are", StringComparison.Ordinal)).Speaker);
        // "In Hollinmoor, the community trust tells me…" is a place, not a person called "In Hollinmoor".
        Assert.Equal("Grace Adeyinka", sentences.Single(s => s.Text.StartsWith("In Hollinmoor", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Joan Whitby", sentences.Single(s => s.Text.StartsWith("I agree", StringComparison.Ordinal)).Speaker);
    }
}
