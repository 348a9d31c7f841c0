using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A question that puts one person's words in another's mouth (invented press reports).</summary>
public sealed class WrongPersonTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["logins.md"] = """
            ---
            title: "Minister promises single sign-on for ward staff"
            speaker: Priya Shah
            date: 2025-04-02
            type: press report
            ---
            Priya Shah, the minister for digital care, said nurses should not need seven passwords to log in to deal with one patient.
            "Staff tell me they lose twenty minutes a shift to passwords and logins," she said.
            """,
        ["beds.md"] = """
            ---
            title: "Trust chief on bed management"
            speaker: Owen Clarke
            date: 2025-04-09
            type: press report
            ---
            Owen Clarke, chief executive of Fenmoor Hospitals, said staff now see every free bed on one screen.
            "Our staff used to ring round the wards to find a bed," he said. "Now they log in once in the morning and the board shows it."
            """,
    };

    [Fact]
    public async Task Another_persons_topic_is_measured_and_refused_as_not_their_words()
    {
        var wrong = await ExplainAsync("What did Owen Clarke say about staff needing seven passwords to log in?");
        Assert.True(Feature(wrong, "other_said_more") > 0.3, $"{Feature(wrong, "other_said_more")}");
        Assert.False(wrong.Verdict.Answerable);
        Assert.Equal(AnswerStatus.RefusedNotTheirWords, wrong.Verdict.Status);
    }

    [Fact]
    public async Task The_right_persons_words_are_answered()
    {
        var right = await ExplainAsync("What did Priya Shah say about staff needing seven passwords to log in?");
        Assert.Equal(0, Feature(right, "other_said_more"));
        Assert.True(right.Verdict.Answerable);
    }

    [Fact]
    public async Task A_refusal_for_words_someone_else_said_points_to_them_and_one_for_words_nobody_said_does_not()
    {
        var elsewhere = await AskAsync("What did Owen Clarke say about passwords?");
        Assert.Equal(AnswerStatus.RefusedNotTheirWords, elsewhere.Status);
        Assert.Contains("Others in them do", elsewhere.Text);

        var nowhere = await AskAsync("What did Owen Clarke say about dentistry?");
        Assert.True(nowhere.Refused, nowhere.Text);
        Assert.DoesNotContain("Others in them do", nowhere.Text);
    }

    [Fact]
    public async Task A_word_no_document_uses_does_not_make_a_persons_own_topic_someone_elses()
    {
        // "beef" is the asker's word, used nowhere; the rest names his document ("Trust chief on bed management"), and
        // he does speak of beds.
        var own = await ExplainAsync("What's Owen Clarke's beef with bed management?");
        Assert.NotEqual(AnswerStatus.RefusedNotTheirWords, own.Verdict.Status);
        Assert.True(own.Verdict.Answerable, own.Verdict.Status.ToString());
    }
}
