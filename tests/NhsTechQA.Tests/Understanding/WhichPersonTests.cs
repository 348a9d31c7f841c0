using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Which person a question means (invented documents): a surname two people share, read by who speaks of the topic or
/// else asked about; a role that one title has as asked ("the care minister"); a person named after the verb of a
/// question asking who ("who promised to send the Wexley MP…") is the one spoken to.
/// </summary>
public sealed class WhichPersonTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Minister of State for Digital Health's speech at the Northern Digital Summit"
            speaker: Catriona Pellard
            date: 2026-03-10
            type: speech transcript
            ---
            Good morning. Last year I said every acute trust would have an electronic patient record by March 2027.
            The new date for acute trusts is December 2027, because the supplier market could not deliver sooner.
            """,
        ["release.md"] = """
            ---
            title: "More patients recovering at home on virtual wards"
            date: 2026-01-22
            type: press release
            ---
            NHS England today set out plans for remote monitoring on virtual wards.
            Dr Gareth Pellard, National Director for Transformation, said: "Patients can come home days earlier with a nurse checking their readings every morning."
            """,
        ["questions.md"] = """
            ---
            title: "Health and Social Care questions"
            date: 2025-07-08
            type: hansard
            ---
            **2. Tom Prior** (Wexley North) (LD): What assessment has been made of digital records in care homes?

            **The Minister of State for Care (Rosalind Pike):** Around 74% of care providers now use a digital social care record.

            **Tom Prior:** How many care homes in Wexley are still on paper?

            **Rosalind Pike:** I do not have the Wexley figures in front of me. I will write to him with both figures and place a copy of the letter in the Library.

            **3. Jane Orr** (Eastholm) (Lab): What progress has been made on cyber security in hospitals?

            **The Parliamentary Under-Secretary of State for Health and Social Care (Dr Owen Thrale):** Every trust must now have multi-factor authentication.

            **The Secretary of State for Health and Social Care (Martin Ashdown):** Suppliers must sign the cyber charter from January.
            """,
        ["press.md"] = """
            ---
            title: "Digital minister backs scribes"
            type: news report
            ---
            Digital minister Owen Thrale said AI scribes should be regulated as medical devices where clinicians act on them.
            """,
    };

    [Fact]
    public void A_shared_surname_is_the_person_who_speaks_of_the_topic()
    {
        var analyzed = Assistant.Extractive.Analyze("what did pellard say about the EPR date for acute trusts?", Assistant.NewConversation());
        Assert.Equal(["Catriona Pellard"], analyzed.Speakers);
        Assert.True(analyzed.ScopedToSpeakers);
        Assert.Equal(["Gareth Pellard"], Assistant.Extractive.Analyze("what did pellard say about patients on virtual wards coming home?", Assistant.NewConversation()).Speakers);
    }

    [Fact]
    public async Task A_shared_surname_with_nothing_to_choose_between_them_is_asked_about()
    {
        var answer = await AskAsync("what did pellard say?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDidYouMean, answer.Status);
        Assert.Contains("Catriona Pellard", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Gareth Pellard", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Which did you mean?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_care_minister_is_the_one_whose_title_has_both_words()
    {
        var analyzed = Assistant.Extractive.Analyze("what did the care minister say about care home records?", Assistant.NewConversation());
        Assert.Equal(["Rosalind Pike"], analyzed.Speakers);
    }

    [Fact]
    public async Task A_person_named_after_the_verb_of_a_who_question_is_the_one_spoken_to()
    {
        var question = "who promised to send the wexley north MP the care home numbers in a letter?";
        Assert.False(Assistant.Extractive.Analyze(question, Assistant.NewConversation()).ScopedToSpeakers);
        var answer = await AskAsync(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.Speaker == "Rosalind Pike" && c.Quote.Contains("I will write to him", StringComparison.Ordinal));
        // "Who did Tom Prior ask…" keeps him the speaker.
        Assert.True(Assistant.Extractive.Analyze("who did tom prior say was still on paper?", Assistant.NewConversation()).ScopedToSpeakers);
    }
}
