using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Understanding;

/// <summary>Attribution of transcripts written for these tests (invented people): metadata voices, labelled turns, quoted others.</summary>
public sealed class TranscriptAttributionTests
{
    /// <summary>Each sentence of one Markdown document (front matter read) with the person it is attributed to and how.</summary>
    internal static List<(string Text, string? Speaker, AttributionKind Kind)> Attribute(string file)
    {
        var metadata = FrontMatterReader.Read(file);
        var document = new SourceDocument("doc.md", "doc.md", file, "hash") { Metadata = metadata.Metadata };
        var run = SentenceAttributionStep.Run([document]);
        return run[0].Sentences.Select(s => (file[s.Start..s.End], s.Speaker, s.Kind)).ToList();
    }

    private const string Speech = """
        ---
        title: "Speech by the Health Secretary Alex Morgan at the Digital Care Summit"
        speaker: Alex Morgan
        date: 2024-05-02
        type: speech transcript
        ---
        Speech by the Health Secretary Alex Morgan at the Digital Care Summit

        The Rt Hon Alex Morgan MP

        Good morning. I want to talk about shared records.
        Both sides of the House agree that paper is slowing us down.
        As Professor Nadia Rahman told me in Leeds, "Records only help if they follow the patient. Otherwise they are filing."
        We will fund every trust to finish its rollout by 2026.
        """;

    [Fact]
    public void First_person_text_is_the_metadata_speakers_and_quoted_others_stay_theirs()
    {
        var sentences = Attribute(Speech);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("I want to talk")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("We will fund")).Speaker);
        Assert.Equal("Nadia Rahman", sentences.Single(s => s.Text.StartsWith("As Professor Nadia Rahman")).Speaker);
        Assert.Equal("Nadia Rahman", sentences.Single(s => s.Text.StartsWith("Otherwise they are filing")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Speech by")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("The Rt Hon")).Speaker);
    }

    [Fact]
    public void A_quotation_a_pronoun_introduces_is_the_person_the_sentence_before_named()
    {
        var sentences = Attribute("""
            ---
            title: "Speech on remote monitoring"
            speaker: Alex Morgan
            type: speech transcript
            ---
            I want to talk about monitoring at home. I asked the ward team what made the difference.
            Sister Ruth Calder, who leads the heart failure service, put it better than I could. She told me: "The cuff is not the point. The point is that we call on Tuesday."
            We will fund it everywhere.
            """);
        Assert.Equal("Ruth Calder", sentences.Single(s => s.Text.StartsWith("She told me")).Speaker);
        Assert.Equal("Ruth Calder", sentences.Single(s => s.Text.StartsWith("The point is")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("We will fund")).Speaker);
    }

    [Fact]
    public void A_first_person_quotation_a_pronoun_attributes_after_it_is_not_the_speakers()
    {
        var sentences = Attribute("""
            ---
            title: "Speech on shared records"
            speaker: Alex Morgan
            type: speech transcript
            ---
            Yesterday I spent two hours in an emergency department. A ward sister put it better than I could.

            “I spent the first hour of my shift looking for a discharge letter,” she told me. “The patient was in front of me. The letter was twelve miles away.”

            That is what I want to talk about. A retired bus driver summed it up: no, he put it like this. “I’ve had four letters about one appointment,” he said, “and not one told me where to park.”

            We will fix it by June.
            """);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("“I spent the first hour")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("“The patient was")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("“I’ve had four letters")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("That is what I want")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("We will fix it")).Speaker);
    }

    [Fact]
    public void A_quotation_a_pronoun_introduces_after_a_name_without_a_title_is_theirs_and_never_the_speakers()
    {
        var sentences = Attribute("""
            ---
            title: "Speech on care home records"
            speaker: Alex Morgan
            type: speech transcript
            ---
            Last month I visited a nursing home. I asked the registered manager, Colette Barnes, what frustrated her most. She told me: "We send residents to hospital with a carrier bag of paperwork."
            I asked a resident's daughter the same question. She told me: "Nobody rings us back."
            We will connect every care home.
            """);
        Assert.Equal("Colette Barnes", sentences.Single(s => s.Text.StartsWith("She told me: \"We send")).Speaker);
        // No name to give: the words are not the minister's.
        Assert.Null(sentences.Single(s => s.Text.StartsWith("She told me: \"Nobody")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("We will connect")).Speaker);
    }

    [Fact]
    public void A_quotation_set_out_after_a_paragraph_that_points_back_by_pronoun_is_the_person_named_before_it()
    {
        var sentences = Attribute("""
            ---
            title: "Speech on ward technology"
            speaker: Alex Morgan
            type: speech transcript
            ---
            A few weeks ago I joined a night shift on a respiratory ward. I spent most of that night following staff nurse Bethany Orchard.

            At around two in the morning, I asked her what had changed since the new record arrived. She thought about it and then told me:

            “I used to walk half the length of the hospital to find a drug chart. Now it’s on the tablet at the bedside.”

            That is the whole argument.
            """);
        Assert.Equal("Bethany Orchard", sentences.Single(s => s.Text.StartsWith("“I used to walk")).Speaker);
        Assert.Equal("Bethany Orchard", sentences.Single(s => s.Text.StartsWith("Now it’s on the tablet")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("That is the whole argument")).Speaker);
    }

    [Fact]
    public void A_turn_label_names_the_member_not_the_constituency_and_a_time_stamp_is_nobodys()
    {
        var sentences = Attribute("""
            ---
            title: "AI scribes"
            speakers: [Fiona McCrae, Ewan MacLeod]
            date: 2025-06-18
            type: debate
            ---
            Fiona McCrae (Cheltenham Spa South) (LD): Does the Minister agree that every AI letter needs a clinician's signature?

            Ewan MacLeod (Inverglen) (SNP): Scotland is watching closely.

            2.41 pm

            We will want the same safeguards.
            """);
        Assert.Null(sentences.Single(s => s.Text == "2.41 pm").Speaker);
        Assert.Equal("Ewan MacLeod", sentences.Single(s => s.Text.StartsWith("We will want")).Speaker);
        Assert.Equal("Fiona McCrae", sentences.Single(s => s.Text.StartsWith("Does the Minister")).Speaker);
        Assert.Equal("Ewan MacLeod", sentences.Single(s => s.Text.StartsWith("Scotland")).Speaker);
    }

    private const string Evidence = """
        ---
        title: "Committee oral evidence: digital records"
        speaker: Lord Patel
        date: 2023-03-14
        type: select committee transcript
        ---
        Members present: Jo Whitfield (Chair); Sam Carter; Dr Lee Grant.
        Witnesses: Lord Patel and Dr Ana Silva.
        Q1 Chair: Good morning. What progress has been made on legacy systems?
        Lord Patel: We have replaced most of them. The rest will go next year.
        Dr Silva: Clinicians still wait for logins.
        Q2 Sam Carter: How much has this cost?
        Lord Patel: About £2 billion.
        """;

    [Fact]
    public void Labelled_turns_are_attributed_and_the_chair_is_resolved_to_a_person()
    {
        var sentences = Attribute(Evidence);
        Assert.Equal("Jo Whitfield", sentences.Single(s => s.Text.StartsWith("Good morning")).Speaker);
        Assert.Equal("Lord Patel", sentences.Single(s => s.Text.StartsWith("The rest will go")).Speaker);
        Assert.Equal("Ana Silva", sentences.Single(s => s.Text.StartsWith("Clinicians still wait")).Speaker);
        Assert.Equal("Sam Carter", sentences.Single(s => s.Text.StartsWith("How much")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Members present")).Speaker);
        // The label is not part of what was said.
        Assert.DoesNotContain(sentences, s => s.Text.StartsWith("Q1 Chair:") || s.Text.StartsWith("Lord Patel:"));
    }

    [Fact]
    public void A_witness_labelled_by_full_name_keeps_it_though_the_chair_calls_them_mr()
    {
        const string transcript = """
            ---
            title: "Oral evidence: AI scribes"
            type: select committee transcript
            ---
            Witnesses: Dr Aoife Kerr, Chief Clinical Information Officer; and Callum Brightmoor, Chief Executive, Scriveo Ltd.

            **Q45 Chair:** Good morning. Mr Brightmoor, how many trusts use your product?

            **Callum Brightmoor:** Scriveo is one of four suppliers on the framework.
            """;
        var sentences = Attribute(transcript);
        Assert.Equal("Callum Brightmoor", sentences.Single(s => s.Text.StartsWith("Scriveo is one")).Speaker);
    }

    [Fact]
    public void Words_that_only_start_sentences_and_misspellings_are_not_people()
    {
        var file = """
            ---
            title: "Report"
            type: press report
            ---
            Health minister Priya Nair said the app would be ready in June.
            "Let nobody doubt it," Nair said.
            "We are close," Nairr added.
            Both trusts said they were ready.
            """;
        var speakers = Attribute(file).Select(s => s.Speaker).OfType<string>().Distinct().ToList();
        Assert.Equal(["Priya Nair"], speakers);
    }

    [Fact]
    public void Collective_interjections_and_the_record_of_procedure_are_nobodys_words()
    {
        var file = """
            ---
            title: "Records debate"
            type: Hansard debate
            ---
            Ann Clarke (Northtown) (Lab): I beg to move,
            That this House has considered patient records.
            Records must follow the patient.
            Lord Hale (Con): My Lords, the app is ready.
            Noble Lords: Oh!
            Question put and agreed to.
            Resolved,
            That this House has considered patient records.
            """;
        var sentences = Attribute(file);
        Assert.Equal("Ann Clarke", sentences.Single(s => s.Text.Contains("I beg to move")).Speaker);
        Assert.Equal("Ann Clarke", sentences.Single(s => s.Text.StartsWith("Records must")).Speaker);
        Assert.Equal("Lord Hale", sentences.Single(s => s.Text.StartsWith("My Lords")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Oh!")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Question put")).Speaker);
        Assert.Null(sentences.Last(s => s.Text.StartsWith("That this House")).Speaker);
    }

    [Fact]
    public void A_numbered_question_from_an_unnamed_chair_ends_the_witness_turn()
    {
        var file = """
            ---
            title: "Committee evidence on cyber security"
            type: oral evidence
            ---
            Q12 Chair: Good morning. How exposed are trusts today?

            Dr Omar Reyes: Less exposed than last year. Suppliers are the weak point.

            Q13 Chair: What are you doing about that?

            Dr Omar Reyes: Every supplier will have to meet a new standard.

            Madam Speaker: Order.
            """;
        var sentences = Attribute(file);
        Assert.Equal("Omar Reyes", sentences.Single(s => s.Text.StartsWith("Suppliers are")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("What are you doing")).Speaker);
        Assert.Equal("Omar Reyes", sentences.Single(s => s.Text.StartsWith("Every supplier")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Order.")).Speaker);
    }

    [Fact]
    public void Bold_labels_open_turns_but_a_bold_interview_question_is_not_a_label()
    {
        var sentences = Attribute("""
            ---
            title: "Oral evidence: electronic prescribing"
            speakers: [Eleanor Haskett, Kwame Asante-Boyd]
            type: oral evidence
            ---
            **Q112 Chair:** Good morning. Where are hospitals with electronic prescribing?

            **Dr Asante-Boyd:** Every acute trust has a system.

            **Eleanor Haskett (Chair):** So the job is done?
            """);
        Assert.Equal("Kwame Asante-Boyd", sentences.Single(s => s.Text.StartsWith("Every acute trust")).Speaker);
        Assert.Equal("Eleanor Haskett", sentences.Single(s => s.Text.StartsWith("So the job")).Speaker);
        // The label is not part of what was said.
        Assert.DoesNotContain(sentences, s => s.Text.Contains("**"));

        var interview = Attribute("""
            ---
            title: "Interview with the nursing lead"
            speaker: Grace Nwosu
            type: interview
            ---
            **Q: What is the biggest problem nurses face?**

            A: Duplication. We record the same blood pressure three times.
            """);
        Assert.Null(interview.Single(s => s.Text.Contains("biggest problem")).Speaker);
        Assert.Equal("Grace Nwosu", interview.Single(s => s.Text.StartsWith("We record")).Speaker);
    }

    [Fact]
    public void A_numbered_oral_question_is_the_members_and_a_heading_ends_the_last_turn()
    {
        var sentences = Attribute("""
            ---
            title: "Oral Answers to Questions"
            speakers: [Sarah Linwood, Catherine Ashdown, Gareth Whitlow]
            type: debate
            ---
            ## Ambulance Services: Patient Information

            1. Sarah Linwood (Harrowfield) (Lab): What steps is the Department taking for ambulance crews?

            The Secretary of State for Health and Social Care (Catherine Ashdown): Paramedics should not treat patients blind.

            ## NHS Trusts: IT Equipment

            2. Mr Gareth Whitlow (Fenmoor) (Con): What assessment has she made of the age of computers?
            """);
        Assert.Equal("Sarah Linwood", sentences.Single(s => s.Text.StartsWith("What steps")).Speaker);
        Assert.Equal("Catherine Ashdown", sentences.Single(s => s.Text.StartsWith("Paramedics")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("NHS Trusts")).Speaker);
        Assert.Equal("Gareth Whitlow", sentences.Single(s => s.Text.StartsWith("What assessment")).Speaker);
        // The question number and the label are neither sentence nor speech.
        Assert.DoesNotContain(sentences, s => s.Text.StartsWith("2.") || s.Text.Contains("(Fenmoor)"));
    }

    [Fact]
    public void A_quotation_over_several_sentences_is_the_person_named_at_its_close()
    {
        var sentences = Attribute("""
            ---
            title: "AI in breast screening trial doubles"
            type: press report
            ---
            “We are ready to expand,” said Joanne Price, chief executive of the trust.

            “The question is not whether AI can read a mammogram. It is whether it can replace the second reader,” said Professor Aidan Kerrigan, the trial's chief investigator.
            """);
        Assert.Equal("Aidan Kerrigan", sentences.Single(s => s.Text.Contains("The question is not")).Speaker);
        Assert.Equal("Aidan Kerrigan", sentences.Single(s => s.Text.StartsWith("It is whether")).Speaker);
        Assert.Equal("Joanne Price", sentences.Single(s => s.Text.Contains("ready to expand")).Speaker);
    }

    [Fact]
    public void A_label_on_a_line_of_its_own_opens_the_turn_of_the_paragraphs_after_it()
    {
        var sentences = Attribute("""
            ---
            title: "NHS Data Centres: Cloud Hosting"
            speakers: [Baroness Whitcombe, Lord Ferrars]
            type: debate
            ---
            Baroness Whitcombe (Con):

            To ask His Majesty's Government what progress trusts have made in closing their data centres.

            The Parliamentary Under-Secretary of State, Department of Health and Social Care (Lord Ferrars) (Lab):

            My Lords, 61 of them had closed by December. Our target is 150 by March 2028.
            """);
        Assert.Equal("Baroness Whitcombe", sentences.Single(s => s.Text.StartsWith("To ask")).Speaker);
        Assert.Equal("Lord Ferrars", sentences.Single(s => s.Text.StartsWith("My Lords, 61")).Speaker);
        Assert.Equal("Lord Ferrars", sentences.Single(s => s.Text.StartsWith("Our target")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("(Con):") || s.Text.Contains("(Lab):"));
    }

    // Hansard's own Lords pages print the label without a colon, the words on the next line, and no speakers in the
    // metadata to go by.
    [Fact]
    public void A_lords_label_without_a_colon_opens_the_turn_of_the_lines_after_it()
    {
        var sentences = Attribute("""
            ---
            title: "NHS: Multi-factor Authentication"
            date: 2025-10-21
            type: hansard debate
            ---
            Question

            Baroness Pell (LD)
            To ask His Majesty's Government what progress trusts have made with multi-factor authentication.

            The Parliamentary Under-Secretary of State, Department of Health and Social Care (Lord Vennick) (Con)
            My Lords, 71% of trusts meet the standard. We have moved the deadline to September.

            Baroness Pell (LD)
            My Lords, is that not six more months of exposure?
            """);
        Assert.Equal("Baroness Pell", sentences.Single(s => s.Text.StartsWith("To ask")).Speaker);
        Assert.Equal("Lord Vennick", sentences.Single(s => s.Text.StartsWith("My Lords, 71%")).Speaker);
        Assert.Equal("Lord Vennick", sentences.Single(s => s.Text.StartsWith("We have moved")).Speaker);
        Assert.Equal("Baroness Pell", sentences.Single(s => s.Text.StartsWith("My Lords, is that")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Speaker == "My Lords");
    }

    [Fact]
    public async Task A_name_after_said_that_goes_on_with_its_own_verb_is_what_was_said_not_who_said_it()
    {
        var sentences = Attribute("""
            ---
            title: "Trust finishes its e-prescribing programme"
            speakers: [Andrea Whitcombe]
            type: trade press report
            ---
            "We were later than we should have been," said Andrea Whitcombe, the chief executive.

            Marlowe Valley, I am told, was the last trust in the region still on paper charts.

            A spokesperson for Medisafe Systems, which supplied the software, said Marlowe Valley had been "one of the most thorough implementations we have supported".
            """);
        Assert.Equal("Andrea Whitcombe", sentences.Single(s => s.Text.Contains("later than we should")).Speaker);
        Assert.NotEqual("Marlowe Valley", sentences.Single(s => s.Text.Contains("most thorough")).Speaker);
        // The corpus a helper wrote (fresh-r), where a speech's "Marlowe Valley, I am told, will be next" made the trust's
        // name look like a person's and the report's sentence had become the trust's: it is an unnamed spokesperson's.
        var read = await new DocumentReader(new CorpusOptions()).ReadAsync([Path.Combine(RepoPaths.Root, "bench/answerability/fresh-r/corpus")], CancellationToken.None);
        var run = SentenceAttributionStep.Run(read.Documents);
        var report = run.Single(d => d.Document.SourceId.StartsWith("trade-press", StringComparison.Ordinal));
        var thorough = report.Sentences.Single(s => report.Document.Text[s.Start..s.End].Contains("most thorough implementations"));
        Assert.Null(thorough.Speaker);
    }

    // Markdown copies of those pages put each label in bold on its own line; the member asking the question often has
    // no party after her name, and is known from the metadata's list of members taking part.
    [Fact]
    public void A_bold_lords_label_on_its_own_line_opens_the_turn_even_without_a_party()
    {
        var sentences = Attribute("""
            ---
            title: "NHS: Cyber Security"
            speakers: [Baroness Ellery of Wrenbridge, Lord Penhallow]
            date: 2025-03-06
            type: Hansard (House of Lords oral question)
            ---
            **Question**

            **Baroness Ellery of Wrenbridge**

            To ask His Majesty's Government what assessment they have made of the cyber resilience of NHS trusts.

            **The Parliamentary Under-Secretary of State, Department of Health and Social Care (Lord Penhallow) (Lab)**

            My Lords, 71% of trusts met the standard last year.

            **Baroness Ellery of Wrenbridge (Lab)**

            My Lords, that means one trust in three is still falling short.
            """);
        Assert.Equal("Baroness Ellery of Wrenbridge", sentences.Single(s => s.Text.StartsWith("To ask")).Speaker);
        Assert.Equal("Lord Penhallow", sentences.Single(s => s.Text.StartsWith("My Lords, 71%")).Speaker);
        Assert.Equal("Baroness Ellery of Wrenbridge", sentences.Single(s => s.Text.StartsWith("My Lords, that means")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Question")).Speaker);
    }

    [Fact]
    public void An_interview_whose_metadata_lists_its_writer_is_the_other_persons_words_and_a_colon_quote_is_the_named_persons()
    {
        var sentences = Attribute("""
            ---
            title: "Severnside's digital chief on automation"
            speakers: [Marcus Ellery-Dunn, Tom Haldane]
            type: interview
            ---
            By Tom Haldane, 9 April 2025

            **Q: So you cut 25 posts?**

            A: No. We will not use automation to cut posts.

            **Q: How did you get the board to sign it off?**

            A: Our chief executive, Angela Fairbrother, put it very simply: "If a robot can do it at three in the morning, a nurse shouldn't be doing it." That one line did more than my business case.
            """);
        Assert.Equal("Marcus Ellery-Dunn", sentences.Single(s => s.Text.Contains("We will not use")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("By Tom Haldane")).Speaker);
        Assert.Equal("Angela Fairbrother", sentences.Single(s => s.Text.Contains("If a robot")).Speaker);
        Assert.Equal("Marcus Ellery-Dunn", sentences.Single(s => s.Text.StartsWith("That one line")).Speaker);
        // The answer's label is not part of what was said.
        Assert.DoesNotContain(sentences, s => s.Text.StartsWith("A:"));
    }

    [Fact]
    public void A_quotation_of_someone_unnamed_stays_nobodys_to_its_close_and_a_greeting_paragraph_opens_the_speech()
    {
        var sentences = Attribute("""
            ---
            title: "Giving clinicians time back"
            speaker: Alex Morgan
            date: 2025-03-12
            type: speech transcript
            ---
            Thank you, and good morning. It is a real pleasure to be back in Tarnford.

            I want to start with a consulting room. I sat in with Carys, one of the practice nurses.
            She told me: “I used to finish my notes at nine at night. Now I finish them before the patient has left the room.”
            That is a remarkable thing to hear.
            """);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("Thank you")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("It is a real pleasure")).Speaker);
        // Carys is named by her first name only, so her words are nobody's, never the minister's.
        Assert.Null(sentences.Single(s => s.Text.StartsWith("She told me")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Now I finish")).Speaker);
        Assert.Equal("Alex Morgan", sentences.Single(s => s.Text.StartsWith("That is a remarkable")).Speaker);
    }

    // A trade-press Q&A saved as plain text: no metadata, questions in bold on lines of their own.
    [Fact]
    public void A_qa_interview_without_metadata_gives_the_answers_to_the_person_its_introduction_names()
    {
        var sentences = Attribute("""
            'It wasn't sophisticated': a cyber chief on ransomware

            By Lucy Marchetti

            Tomasz Rydel has been chief information security officer at Hollin Vale NHS Trust since 2023. He talks to us about the attack.

            **Why talk about it now?**

            Because the lessons are going stale. It was a known weakness that we hadn't closed.

            **What has changed since January?**

            We reached full multi-factor authentication on remote access in July.
            """);
        Assert.Equal("Tomasz Rydel", sentences.Single(s => s.Text.StartsWith("Because the lessons")).Speaker);
        Assert.Equal("Tomasz Rydel", sentences.Single(s => s.Text.StartsWith("We reached full")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Why talk about it now")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Tomasz Rydel has been")).Speaker);
        Assert.DoesNotContain(sentences, s => s.Speaker == "Lucy Marchetti");
    }

    // "Q:" and "A:" labels: the questions' labels name nobody, so they are not a transcript's turns, and the answers
    // are the interviewee's.
    [Fact]
    public void Q_and_a_labels_give_the_answers_to_the_interviewee()
    {
        var sentences = Attribute("""
            Interview with Nadia Okerlund, chief digital officer, NHS Fellbrook Integrated Care Board. Interviewed by Simon Hale for Informatics Monthly, 3 March 2026.

            Nadia Okerlund has been chief digital officer at NHS Fellbrook Integrated Care Board since 2024.

            Q: How big was the backlog?

            A: At its peak we had 38,000 scans waiting more than four weeks.

            Q: Why did it get so bad?

            A: Demand grew faster than the number of radiologists.
            """);
        Assert.Equal("Nadia Okerlund", sentences.Single(s => s.Text.StartsWith("At its peak")).Speaker);
        Assert.Equal("Nadia Okerlund", sentences.Single(s => s.Text.StartsWith("Demand grew")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("How big was")).Speaker);
    }

    // "She said:" closing a paragraph, and the quotation set out as the next one: the person named before, never the voice.
    [Fact]
    public void A_quotation_set_out_after_she_said_is_the_person_named_before_it()
    {
        var sentences = Attribute("""
            ---
            title: "Speech to the primary care conference"
            speaker: Helen Marsh
            type: speech transcript
            ---
            I want to share something that was said to me last month. Dana Ortiz is the practice manager at Holloway Lane Surgery. I asked her what she would tell other practices. She said:

            "The system itself was never the problem. The problem was the three weeks either side of go-live."

            I have thought about that a great deal since.
            """);
        Assert.Equal("Dana Ortiz", sentences.Single(s => s.Text.Contains("never the problem")).Speaker);
        Assert.Equal("Dana Ortiz", sentences.Single(s => s.Text.StartsWith("The problem was")).Speaker);
        Assert.Equal("Helen Marsh", sentences.Single(s => s.Text.StartsWith("I have thought")).Speaker);
    }

    // "I met Grace Nwankwo… She told me something… She said: “…”": the person named two sentences before.
    [Fact]
    public void A_quotation_a_pronoun_introduces_is_the_person_named_a_sentence_or_two_before()
    {
        var sentences = Attribute("""
            ---
            title: "Speech on the data platform"
            speaker: Daniel Farrant
            type: speech transcript
            ---
            I was at St Aldric's Hospital last month, and I met Grace Nwankwo, a lead pharmacist there. She told me something I have not been able to stop thinking about. She said: "For the first time I can see which patients are due a medicines review." That is what this is for.
            """);
        Assert.Equal("Grace Nwankwo", sentences.Single(s => s.Text.StartsWith("She said")).Speaker);
        Assert.Equal("Daniel Farrant", sentences.Single(s => s.Text.StartsWith("That is what")).Speaker);
    }

    [Fact]
    public void A_double_barrelled_surname_is_one_name_and_the_quotation_after_it_is_theirs()
    {
        var sentences = Attribute("""
            ---
            title: "Data platform passes 96 trusts"
            date: 2025-04-22
            type: trade-press report
            ---
            The platform is now in use at 96 trusts, NHS England has said.

            Dr Miriam Okafor-Lyle, national director for data platforms at NHS England, told the Ledger that take-up had doubled.

            "We have gone from 40 trusts to 96 in a little over a year," she said. "That is real progress.

            "But it has not been smooth. Some trusts have found the work far harder than they expected."
            """);
        Assert.Equal("Miriam Okafor-Lyle", sentences.Single(s => s.Text.StartsWith("\"We have gone")).Speaker);
        Assert.Equal("Miriam Okafor-Lyle", sentences.Single(s => s.Text.StartsWith("Some trusts have found")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("The platform is now")).Speaker);
    }

    [Fact]
    public void Lords_labels_with_a_territorial_title_or_a_see_are_the_peers_turns()
    {
        var sentences = Attribute("""
            ---
            title: "Pathology Services: Cyber-security – House of Lords oral question"
            date: 2025-06-12
            type: Hansard (House of Lords oral question)
            ---
            **Baroness Quayle of Fenbury (LD):** To ask His Majesty's Government what assessment they have made of pathology services.

            **The Parliamentary Under-Secretary of State, Department of Health and Social Care (Baroness Tillotson of Arnfield) (Lab):** My Lords, the attack was a serious criminal act.

            **Lord Mercastle (CB):** My Lords, what assurance can the Minister give about the platform?

            **Baroness Tillotson of Arnfield (Lab):** My Lords, the platform is subject to the same standards.

            **The Lord Bishop of Wendlebury:** My Lords, will the Minister say whether the AI tools were affected?

            **Baroness Tillotson of Arnfield (Lab):** My Lords, none of the AI tools was affected by the attack.
            """);
        Assert.Equal("Baroness Quayle of Fenbury", sentences.Single(s => s.Text.StartsWith("To ask")).Speaker);
        Assert.Equal("Baroness Tillotson of Arnfield", sentences.Single(s => s.Text.Contains("serious criminal act")).Speaker);
        Assert.Equal("Baroness Tillotson of Arnfield", sentences.Single(s => s.Text.Contains("same standards")).Speaker);
        Assert.Equal("Lord Bishop of Wendlebury", sentences.Single(s => s.Text.Contains("whether the AI tools")).Speaker);
        Assert.Equal("Baroness Tillotson of Arnfield", sentences.Single(s => s.Text.Contains("none of the AI tools")).Speaker);
    }

    [Fact]
    public void An_oral_question_numbered_before_its_bold_label_is_the_members_turn()
    {
        var sentences = Attribute("""
            ---
            title: "Health and Social Care: Oral Answers to Questions"
            date: 2025-04-29
            type: Hansard
            ---
            ## Remote Monitoring: Heart Failure

            2. **Mr Gareth Tolley (Dunmere) (Con):** What steps he is taking to expand remote monitoring for patients with heart failure.

            **The Secretary of State for Health and Social Care (Martin Halloran):** Remote monitoring keeps people well at home.
            """);
        Assert.Equal("Gareth Tolley", sentences.Single(s => s.Text.Contains("What steps he is taking")).Speaker);
        Assert.Equal("Martin Halloran", sentences.Single(s => s.Text.Contains("keeps people well")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Remote Monitoring: Heart Failure")).Speaker);
    }

    [Fact]
    public void A_quotation_he_said_closes_after_narration_naming_one_person_is_that_persons()
    {
        var sentences = Attribute("""
            ---
            title: "More hospital letters to go through the NHS App"
            type: regional news report
            ---
            Chief executive Karen Lilley said the change would save the trust money.

            For some patients, the change is already happening. Derek Ambrose, 71, from Pelham Cross, has heart failure and has been on the trust's remote monitoring service since January. Each morning he weighs himself on scales that send the reading to the nurses.

            "At first I thought it was a gimmick," he said. "Then a nurse rang me before breakfast."

            But Mr Ambrose said he had nearly missed an appointment because the only notice came through the app.
            """);
        Assert.Equal("Derek Ambrose", sentences.Single(s => s.Text.Contains("a gimmick")).Speaker);
        Assert.Equal("Derek Ambrose", sentences.Single(s => s.Text.Contains("nearly missed")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Each morning")).Speaker);
    }

    [Fact]
    public void A_relative_clause_with_an_age_between_a_name_and_said_still_makes_the_name_the_sayer()
    {
        var sentences = Attribute("""
            ---
            title: "Care homes go paperless as hospital link switches on"
            type: regional news report
            ---
            Staff at St Bede's Hospital can now share discharge summaries with care homes.

            Alan Greaves, whose mother Edith, 91, has lived at Linden Court since 2022, said families had been left to pass messages.

            "Mum was in St Bede's twice last winter. I shouldn't have to be the messenger," he said.

            "I'd like to be able to see parts of Mum's record myself," he said.
            """);
        Assert.Equal("Alan Greaves", sentences.Single(s => s.Text.Contains("pass messages")).Speaker);
        Assert.Equal("Alan Greaves", sentences.Single(s => s.Text.Contains("the messenger")).Speaker);
        Assert.Equal("Alan Greaves", sentences.Single(s => s.Text.Contains("Mum's record myself")).Speaker);
    }

    [Fact]
    public void A_label_with_only_the_name_in_bold_and_an_escaped_question_number_is_the_members_turn()
    {
        var sentences = Attribute("""
            ---
            title: "Health and Social Care: Oral Answers to Questions (House of Commons)"
            date: 2025-01-14
            type: Hansard
            ---
            1\. **Jonathan Creed** (Holmbrook) (Lab): What progress has the Department made on the framework?

            **The Minister of State, Department of Health and Social Care (Kieran Doyle):** The framework was awarded on 9 December.

            **Victoria Penhale** (Ashby Fields) (Con): The framework was awarded 20 months late.

            **Kieran Doyle:** I will not pretend the timetable was met.
            """);
        Assert.Equal("Jonathan Creed", sentences.Single(s => s.Text.Contains("What progress")).Speaker);
        Assert.Equal("Victoria Penhale", sentences.Single(s => s.Text.Contains("20 months late")).Speaker);
        Assert.Equal("Kieran Doyle", sentences.Single(s => s.Text.Contains("timetable was met")).Speaker);
    }

    [Fact]
    public void An_interviewers_question_quoting_someone_is_nobodys_words()
    {
        var sentences = Attribute("""
            ---
            title: "Q&A: a GP on AI triage"
            speaker: Dr Naomi Ferris
            type: Q&A interview
            ---
            Dr Naomi Ferris is a GP partner at Millbrook Surgery.

            Q: How long have you been using AI triage?

            A: About a year. It's a sorting tool, not a doctor.

            Q: The minister, Priya Lindqvist, has promised a national assurance framework "by the summer". Will it help?

            A: It will, if it is published with the evidence behind it.
            """);
        Assert.Null(sentences.Single(s => s.Text.Contains("has promised")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.Contains("Will it help")).Speaker);
        Assert.Equal("Dr Naomi Ferris", sentences.Single(s => s.Text.Contains("evidence behind it")).Speaker);
    }
}
