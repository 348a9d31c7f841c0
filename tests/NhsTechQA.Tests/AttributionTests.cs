using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests;

public sealed class AttributionTests
{
    private static (IReadOnlyList<Sentence> Sentences, DocumentProfile Profile, string Text) Attribute(string text)
    {
        var (sentences, profile) = SpeakerAttributor.Attribute("doc.txt", text, TextSplitter.SplitSentences(text), 0);
        return (sentences, profile, text);
    }

    private static Sentence Find(IReadOnlyList<Sentence> sentences, string text, string startsWith) =>
        sentences.Single(s => text[s.Start..s.End].StartsWith(startsWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("000_cf58bd7abdd517ba.txt", "“Now, I don’t think", "Steve Barclay", AttributionKind.Direct)]
    [InlineData("000_cf58bd7abdd517ba.txt", "The reason I care about tech", "Steve Barclay", AttributionKind.Direct)]
    [InlineData("000_cf58bd7abdd517ba.txt", "On funding, Barclay added", "Steve Barclay", AttributionKind.Direct)]
    [InlineData("000_cf58bd7abdd517ba.txt", "The keynote moved on", "Steve Barclay", AttributionKind.Reported)]
    [InlineData("000_cf58bd7abdd517ba.txt", "He added: “It gives a clear direction", "Steve Barclay", AttributionKind.Direct)]
    // The reporter's own words about Markham's talk: reported, so an answer never says "Lord Markham said: Earlier this week, we…".
    [InlineData("000_cf58bd7abdd517ba.txt", "Earlier this week, we covered a keynote talk from Lord Markham", "Lord Markham", AttributionKind.Reported)]
    [InlineData("004_84e24825ef6a9cd2.txt", "Health and social care secretary Matt Hancock said", "Matt Hancock", AttributionKind.Reported)]
    [InlineData("004_84e24825ef6a9cd2.txt", "“I want to set out the future", "Matt Hancock", AttributionKind.Direct)]
    [InlineData("004_84e24825ef6a9cd2.txt", "Hancock also made announcements", "Matt Hancock", AttributionKind.Reported)]
    [InlineData("004_84e24825ef6a9cd2.txt", "“The AI lab is a crucial tool", "Matt Hancock", AttributionKind.Direct)]
    [InlineData("004_84e24825ef6a9cd2.txt", "He said for new technologies", "Matt Hancock", AttributionKind.Reported)]
    [InlineData("004_84e24825ef6a9cd2.txt", "Nicholas Lansman, founder of the Health Tech Alliance", "Nicholas Lansman", AttributionKind.Reported)]
    [InlineData("004_84e24825ef6a9cd2.txt", "Also at the event, Dr Sam Roberts", "Sam Roberts", AttributionKind.Reported)]
    public void Seed_sentences_are_attributed_to_their_speaker(string file, string startsWith, string speaker, AttributionKind kind)
    {
        var (sentences, _, text) = Attribute(File.ReadAllText(Path.Combine(RepoPaths.Seeds, file)));
        var sentence = Find(sentences, text, startsWith);
        Assert.Equal(speaker, sentence.Speaker);
        Assert.Equal(kind, sentence.Kind);
    }

    [Theory]
    [InlineData("Ian Davidson Photography")]
    [InlineData("The event also heard two panel sessions")]
    [InlineData("Other aspects covered included")]
    public void Narration_is_nobodys_words(string startsWith)
    {
        var (sentences, _, text) = Attribute(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "004_84e24825ef6a9cd2.txt")));
        Assert.Null(Find(sentences, text, startsWith).Speaker);
    }

    [Fact]
    public void A_members_name_alone_on_a_line_opens_their_later_turns()
    {
        // Hansard gives constituency and party at a member's first turn and the bare name after it (invented debate).
        var (sentences, _, text) = Attribute("""
            Mr Alan Voss (Kelby North) (Lab)

            What is the Minister doing about the outage?

            The Minister for Digital Health (Nia Rowe)

            Engineers restored the service on Friday.

            Mr Alan Voss

            Patients in Kelby were told to wait another week for their results.

            Nia Rowe

            From April, every new hosting contract will need independent assurance before it is signed.
            """);
        Assert.Equal("Alan Voss", Find(sentences, text, "Patients in Kelby").Speaker);
        Assert.Equal("Nia Rowe", Find(sentences, text, "From April, every new").Speaker);
        Assert.Null(Find(sentences, text, "Nia Rowe").Speaker);
    }

    [Fact]
    public void A_panels_capital_labels_with_organisations_and_shared_first_names_are_each_panellists()
    {
        // A webinar transcript (invented): full names in capitals before a bracket at first, first names later, two
        // panellists called Sam told apart by their bracket ("NHSE" for NHS England, "Trust"), and a bare "SAM:" nobody's.
        var (sentences, _, text) = Attribute("""
            JO PRENTICE (Chair): Welcome, everyone. I'm Jo Prentice and I'm joined by Sam Okoro and Sam Tarrant.

            SAM OKORO (NHS England): Thanks, Jo. About 60 per cent of care homes are now connected to the record.

            SAM TARRANT (Harfield Hospitals NHS Trust): In our emergency department the record is opened in most admissions.

            JO: Sam, the trust Sam, does it work both ways?

            SAM (Trust): Not yet. Care homes cannot see our discharge letters.

            SAM (NHSE): Writing back is the next phase, starting in the spring.

            SAM: A single service desk opens in January.
            """);
        Assert.Equal("Sam Okoro", Find(sentences, text, "About 60 per cent").Speaker);
        Assert.Equal("Sam Tarrant", Find(sentences, text, "In our emergency department").Speaker);
        Assert.Equal("Jo Prentice", Find(sentences, text, "Sam, the trust Sam").Speaker);
        Assert.Equal("Sam Tarrant", Find(sentences, text, "Care homes cannot see").Speaker);
        Assert.Equal("Sam Okoro", Find(sentences, text, "Writing back is").Speaker);
        Assert.Null(Find(sentences, text, "A single service desk").Speaker);
    }

    [Fact]
    public void A_letter_and_its_reply_are_each_signers_words_and_the_addressee_block_signs_nothing()
    {
        // An open letter and the reply in one file (invented): no labels, each letter signed with name and post.
        var (sentences, _, text) = Attribute("""
            ## Open letter

            The Rt Hon Colin Maybury MP
            Secretary of State for Health and Social Care

            Dear Secretary of State,

            I am writing on behalf of our 9,000 members. One practice manager, Carla Jennings, told us: "We get two hundred requests by ten past eight. I do not think that is safe." We ask you to fund new computers for every practice.

            Yours sincerely,

            Dr Petra Lindqvist
            Chair, Association of Rural Practices

            ## Reply

            Dr Petra Lindqvist
            Chair, Association of Rural Practices

            Dear Dr Lindqvist,

            Thank you for your letter. I can confirm that we will provide £12 million next year for new computers.

            Yours sincerely,

            Rt Hon Colin Maybury MP
            Secretary of State for Health and Social Care

            Copies of both letters are on the association's website.
            """);
        Assert.Equal("Petra Lindqvist", Find(sentences, text, "We ask you to fund").Speaker);
        // The member she quotes keeps the floor until her quotation closes.
        Assert.Equal("Carla Jennings", Find(sentences, text, "I do not think that is safe").Speaker);
        Assert.Equal("Colin Maybury", Find(sentences, text, "I can confirm that we will provide").Speaker);
        Assert.Null(Find(sentences, text, "Copies of both letters").Speaker);
        Assert.All(sentences.Where(s => text[s.Start..s.End].StartsWith("Secretary of State for Health", StringComparison.Ordinal)), s => Assert.Null(s.Speaker));
    }

    [Fact]
    public void A_letter_from_dear_colleague_to_yours_sincerely_is_its_signers_even_when_the_pdf_joined_name_and_post()
    {
        // A minister's letter as a PDF reads it (invented): the subject line under the salutation, numbered paragraphs
        // mostly not in the first person, and the signature's name and post joined on one line.
        var (sentences, _, text) = Attribute("""
            From Rosa Kettering MP

            Department of Health and Social Care

            3 November 2025

            Dear colleague,

            DIGITAL READINESS FUND 2026/27

            1. I am writing to tell you about a new fund of £250 million for digital infrastructure.

            2. Each trust may bid for up to £2.4 million. Funding will be paid in two instalments. Bids close on 16 January 2026.

            3. Any money not spent by 31 March 2028 must be returned. Trusts must match one pound in five from their own budgets.

            Yours sincerely,

            Rosa Kettering MP Minister of State for Care and Digital
            """);
        Assert.Equal("Rosa Kettering", Find(sentences, text, "Each trust may bid").Speaker);
        Assert.Equal("Rosa Kettering", Find(sentences, text, "Any money not spent").Speaker);
        Assert.Null(Find(sentences, text, "Rosa Kettering MP Minister").Speaker);
        Assert.Null(Find(sentences, text, "From Rosa Kettering").Speaker);
    }

    [Fact]
    public void Statement_signed_by_a_name_and_post_needs_first_person_without_a_salutation()
    {
        // Third-person narration ending with a name and post is no letter: the share of first person still decides.
        var (sentences, _, text) = Attribute("""
            The trust opened its new data centre in May. Services moved over three weekends. The project came in on budget.

            Marcus Elwood
            Chief Information Officer
            """);
        Assert.Null(Find(sentences, text, "Services moved over").Speaker);
    }

    [Fact]
    public void Minutes_name_people_by_initials_after_the_list_of_those_present()
    {
        // Board minutes (invented): full names and posts in the attendance list, initials in the items.
        var (sentences, _, text) = Attribute("""
            Present

            - Professor Alan Whitby, Chair
            - Joanna Kerr, Chief Digital Officer
            - Dr Funmi Adeyemi-Clarke, National Clinical Director
            - Beverley Amos, Non-executive Director

            1. Programme update

            JK reported that the completion date would move to 30 September 2026.

            FAC explained that an incomplete medicines list that looks complete is more dangerous than no list at all.

            The Chair noted that the Board could not approve a new date without a revised plan.

            BA made the following comment, which she asked to be recorded: "I will not accept a third date."

            AI tools were discussed briefly.
            """);
        Assert.Equal("Joanna Kerr", Find(sentences, text, "JK reported").Speaker);
        Assert.Equal("Funmi Adeyemi-Clarke", Find(sentences, text, "FAC explained").Speaker);
        Assert.NotEqual("Funmi Adeyemi-Clarke", Find(sentences, text, "The Chair noted").Speaker);
        Assert.Equal("Beverley Amos", Find(sentences, text, "BA made the following").Speaker);
        Assert.Null(Find(sentences, text, "AI tools were").Speaker);
    }

    [Fact]
    public void Profiles_name_the_principal_speaker_and_event()
    {
        var barclay = Attribute(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_cf58bd7abdd517ba.txt"))).Profile;
        var hancock = Attribute(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "004_84e24825ef6a9cd2.txt"))).Profile;
        Assert.Equal(("Steve Barclay", "NHS Confed"), (barclay.PrincipalSpeaker, barclay.Event));
        Assert.Equal(("Matt Hancock", "the Parliament & HealthTech event"), (hancock.PrincipalSpeaker, hancock.Event));
        Assert.Contains("Lord Markham", barclay.Speakers);
    }

    [Fact]
    public void An_event_name_does_not_end_in_half_a_word()
    {
        // "office" starts with "of": the joining words of a name are whole words.
        var profile = Attribute("This is a transcript of a press conference held at Northfield House on 8 January 2026. Dame Ruth Calloway said the app was live.").Profile;
        Assert.Equal("Northfield House", profile.Event);
        var office = Attribute("This is a transcript of a press conference held at NHS England’s London office on 8 January 2026. Dame Ruth Calloway said the app was live.").Profile;
        Assert.DoesNotContain(" of", office.Event ?? "", StringComparison.Ordinal);
    }

    [Theory]
    // Where someone works is not an occasion, nor is an abbreviation before a common noun.
    [InlineData("Rachel Amankwah has been chief digital officer at NHS Tamsworth and Eldon Integrated Care Board since 2024. She said the backlog was falling.")]
    [InlineData("The charity welcomed assurances that online booking will not replace the telephone at GP surgeries. It said more.")]
    [InlineData("Dr Miriam Okafor-Lyle, national director for data platforms at NHS England, told the Ledger that take-up had doubled.")]
    [InlineData("Software robots will take over dozens more administrative tasks at Southmoor's hospitals, the trust has said.")]
    // The people of a place: staff, patients or residents "at" it are where they work or are cared for.
    [InlineData("The connection means staff at St Aldric's Hospital and Market Tolley Community Hospital can now share discharge summaries.")]
    // A question says where nothing was said.
    [InlineData("Dr Naomi Ferris is a GP partner. Q: How long have you been using AI triage at Millbrook? A: About a year.")]
    public void An_employer_or_an_abbreviation_is_not_the_event(string text) =>
        Assert.Null(Attribute(text).Profile.Event);

    [Fact]
    public void Places_are_not_speakers_and_a_new_quote_after_a_quoted_sentence_continues_it()
    {
        var (sentences, profile, text) = Attribute(File.ReadAllText(Path.Combine(RepoPaths.Data, "corpus2", "010_streeting_rewired.txt")));
        Assert.DoesNotContain("Birmingham", profile.Speakers);
        Assert.Equal("Wes Streeting", Find(sentences, text, "Speaking at the Digital Health Rewired").Speaker);
        Assert.Equal("Wes Streeting", Find(sentences, text, "“By the end of this parliament").Speaker);
        Assert.Equal("Amanda Pritchard", Find(sentences, text, "“Ambient voice technology").Speaker);
        Assert.Equal("Sir Stephen Powis", Find(sentences, text, "He told delegates").Speaker);
        Assert.Null(Find(sentences, text, "The conference also featured").Speaker);
    }

    [Fact]
    public void Unknown_names_pronouns_and_a_second_speaker_in_a_new_document()
    {
        const string text =
            "Health minister Jane Okafor told the Digital Health Rewired conference that every GP practice would get new software.\n" +
            "She said the rollout would finish by 2027.\n" +
            "“We will not leave anyone behind,” said Okafor.\n" +
            "Professor Ravi Patel, chair of the panel, warned that funding was uncertain.\n" +
            "He added: “Budgets are tight.”";
        var (sentences, profile, _) = Attribute(text);
        Assert.Equal(["Jane Okafor", "Jane Okafor", "Jane Okafor", "Ravi Patel", "Ravi Patel"], sentences.Select(s => s.Speaker));
        Assert.Equal("Jane Okafor", profile.PrincipalSpeaker);
    }

    [Fact]
    public void A_straight_quote_over_two_sentences_according_to_and_an_organisation_in_a_press_report()
    {
        const string text =
            "Plans for digital pharmacy records have slipped, the report found.\n\n" +
            "\"Paper charts cost lives,\" Mara Lindqvist said. \"Nobody should read handwriting at 4am. Every ward will be digital by 2027, and that date will not move.\"\n\n" +
            "But according to Tomas Keane, chief pharmacist at a large trust, the date is unrealistic. Keane said suppliers were the bottleneck.\n\n" +
            "The Royal Statistical Society has previously called for better data.";
        var (sentences, profile, _) = Attribute(text);
        var speakers = sentences.Select(s => s.Speaker).ToList();
        // The quotation's closing sentence is still hers, though it has only the closing mark.
        Assert.Equal([null, "Mara Lindqvist", "Mara Lindqvist", "Mara Lindqvist", "Tomas Keane", "Tomas Keane", null], speakers);
        Assert.Equal(AttributionKind.Reported, sentences[4].Kind);
        Assert.DoesNotContain(profile.Speakers, s => s.Contains("Society", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_after_a_sentence_about_its_speaker_and_a_name_after_a_long_role_are_theirs()
    {
        const string text =
            "Ruth Okonjo, chair of a patient group, welcomed the plans. \"Parents tell us they repeat their history again and again. One record should end that,\" she said.\n\n" +
            "Minister for Urgent and Emergency Care Daniel Ashby said:\n\n" +
            "\"Crews should not wait in corridors.\"";
        var (sentences, _, _) = Attribute(text);
        Assert.Equal(["Ruth Okonjo", "Ruth Okonjo", "Ruth Okonjo", "Daniel Ashby", "Daniel Ashby"], sentences.Select(s => s.Speaker));
    }

    [Fact]
    public void An_organisation_named_inside_an_appositive_is_not_the_subject()
    {
        const string text = "Omar Bell, head of inclusion at the charity Connected Lives, welcomed the plan. He said trusts must measure who is left out.";
        var (sentences, _, _) = Attribute(text);
        Assert.Equal(["Omar Bell", "Omar Bell"], sentences.Select(s => s.Speaker));
    }

    [Fact]
    public void A_question_put_to_a_person_is_narration_and_their_answer_is_theirs()
    {
        const string text =
            "Tom Reyes said records would be shared by spring. In his evidence this morning, Mr Reyes was asked to choose between two priorities. " +
            "He was pressed on the cost. He answered that shared records came first.";
        var (sentences, _, _) = Attribute(text);
        Assert.Equal(["Tom Reyes", null, null, "Tom Reyes"], sentences.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("Hancock said: “Those who say tech is not a priority are wrong.”", true)]
    [InlineData("“We will fix the front door,” she added.", true)]
    [InlineData("‘If we don’t fix the front door, demand will grow,’ he said.", true)]
    [InlineData("“I want to set out the future for technology in the NHS.”", false)]
    [InlineData("“Some told me they said it could not be done.”", false)]
    [InlineData("Hancock said that the NHS was built up piecemeal.", false)]
    // An MP's own words reporting someone else's name another speaker: they are still the MP's, said as such.
    [InlineData("But in March the Minister told a conference in Kelbridge that her date “remains the date”.", false)]
    public void A_quotation_that_names_its_speaker_outside_its_quote_marks_attributes_itself(string sentence, bool expected) =>
        Assert.Equal(expected, SpeakerAttributor.AttributesItself(sentence, sentence.StartsWith("But") ? "Ayesha Brennan" : "Matt Hancock"));

    [Fact]
    public void Surnames_with_a_capital_inside_are_names()
    {
        const string text = "Fiona McCrae, the Lib Dem spokesperson, said letters must be checked. Ewan MacLeod added that the tools were not ready. The ACTs team said nothing.";
        var (sentences, _, _) = Attribute(text);
        Assert.Equal(["Fiona McCrae", "Ewan MacLeod", null], sentences.Select(s => s.Speaker));
    }
}
