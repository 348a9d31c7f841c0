namespace NhsTechQA.Tests.Understanding;

/// <summary>Documents that name people in fields, signatures and possessives rather than turns (invented people).</summary>
public sealed class BriefingAndSignatureAttributionTests
{
    [Fact]
    public void A_briefings_minister_field_is_not_her_turn_so_the_officials_text_stays_nobodys()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            MINISTERIAL BRIEFING

            Visit to Harwell Cross Hospital

            Minister: Rosa Linden MP, Minister of State for Digital Health

            Date and time: Tuesday 3 March 2026, 10:00 to 11:30

            To brief the Minister for her visit to the hospital's virtual ward. Officials do not recommend restating the 2026 date.

            Lines to take: I have seen how hard the staff are working, and I want it done safely.
            """);
        Assert.All(sentences, s => Assert.Null(s.Speaker));
        Assert.Contains(sentences, s => s.Text.StartsWith("Officials do not recommend"));
    }

    [Fact]
    public void A_foreword_signed_on_one_line_after_its_last_paragraph_is_the_signers()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Annual Report 2025/26

            Foreword from our Chief Executive

            This year we had to make one difficult call, and I want to explain it plainly. We moved go-live of our new record to March 2027.

            I would rather be late than unsafe, and so would our patients.

            Miriam Oakes Chief Executive Harwell Cross Hospitals NHS Foundation Trust 9 July 2026

            4.1 Electronic patient record

            Go-live is now planned for March 2027, following the board decision in May.
            """);
        Assert.Equal("Miriam Oakes", sentences.Single(s => s.Text.StartsWith("I would rather be late")).Speaker);
        Assert.Equal("Miriam Oakes", sentences.Single(s => s.Text.StartsWith("We moved go-live")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Go-live is now planned")).Speaker);
    }

    [Fact]
    public void A_quotation_in_the_documents_own_text_after_a_signed_foreword_stays_the_quoted_persons_to_its_close()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Foreword

            I am proud of what our staff have done this year, and I want to thank them.

            Miriam Oakes Chief Executive Harwell Cross Hospitals NHS Foundation Trust 9 July 2026

            Case study: monitoring at home

            Dr Ruth Ellery, consultant cardiologist, said: "We used to find out a patient was struggling when they arrived in resus. Now we see the weight creeping up days before."

            In its first two years the service supported 640 patients.
            """);
        Assert.Equal("Miriam Oakes", sentences.Single(s => s.Text.StartsWith("I am proud")).Speaker);
        Assert.Equal("Ruth Ellery", sentences.Single(s => s.Text.StartsWith("Now we see the weight")).Speaker);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("In its first two years")).Speaker);
    }

    [Fact]
    public void A_ministers_post_alone_is_the_minister_the_debate_labelled_with_her_name_not_the_chair_addressed_before()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            ---
            title: "Electronic Patient Records: Harwell"
            date: 2025-06-18
            type: debate
            ---
            *[Dame Edith Morrow in the Chair]*

            **Tom Ashby (Harwell Central) (Lab):** It is a pleasure to serve under your chairmanship, Dame Edith, and I am grateful that the Minister is here.

            **The Minister for Digital Health and Care (Rosa Linden):** I congratulate the hon. Member on securing the debate.

            **Tom Ashby:** Will the Minister give way?

            **The Minister for Digital Health and Care:** There is. From October patients will read their letters in the NHS App.
            """);
        Assert.Equal("Rosa Linden", sentences.Single(s => s.Text.StartsWith("From October patients")).Speaker);
        Assert.Equal("Rosa Linden", sentences.Single(s => s.Text.StartsWith("I congratulate")).Speaker);
    }

    [Fact]
    public void A_portfolio_in_a_post_is_not_the_person_who_said_it()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            Trusts will share more than £200 million, the department announced today.

            Dr Ifeoma Castell, National Director for Digital Transformation at NHS England, said:

            “Around 20 trusts will share this funding. We will work with each trust.”
            """);
        Assert.Equal("Ifeoma Castell", sentences.Single(s => s.Text.StartsWith("Dr Ifeoma Castell")).Speaker);
        Assert.Equal("Ifeoma Castell", sentences.Single(s => s.Text.StartsWith("We will work")).Speaker);
    }

    [Fact]
    public void A_name_after_a_bodys_plural_possessive_is_what_it_owns_never_the_owners_last_word_with_it()
    {
        var sentences = TranscriptAttributionTests.Attribute("""
            The trust agreed last week to delay Torbridge Health Systems’ Lumen EPR after a trial migration found errors.

            Daniel Ashe, the trust's chief information officer, said the trust would keep its trainers in place.

            Two neighbouring trusts, which are due to follow onto Lumen, did not respond to requests for comment.
            """);
        Assert.Null(sentences.Single(s => s.Text.StartsWith("Two neighbouring trusts")).Speaker);
        Assert.Equal("Daniel Ashe", sentences.Single(s => s.Text.StartsWith("Daniel Ashe")).Speaker);
    }
}
