using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>Someone the documents mention but never quote or report (invented speech).</summary>
public sealed class NeverQuotedTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["asthma-speech.md"] = """
            ---
            title: "Speech on connected inhalers"
            speaker: Eleanor Marchbank
            date: 2024-05-14
            event: Children's Respiratory Digital Summit
            type: speech transcript
            ---
            I want to thank Dr Harriet Osei, our National Clinical Director for Children, who has led the remote monitoring pilots.

            Remote monitoring will reach every integrated care board by April 2025, and we are investing £62 million to make it happen.
            """,
    };

    [Theory]
    [InlineData("What did Osei say about the remote monitoring rollout?")]
    [InlineData("what did osei say about remote monitoring")]
    public async Task Asking_what_they_said_is_refused_naming_them_and_pointing_to_where_they_are_mentioned(string question)
    {
        var answer = await AskAsync(question);
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedNeverQuoted, answer.Status);
        Assert.StartsWith("The documents I have mention Harriet Osei but do not record them saying anything.", answer.Text);
        Assert.Contains("Harriet Osei", Assert.Single(answer.Citations).Quote);
    }

    [Theory]
    // Not a question about their words.
    [InlineData("What is Harriet Osei's job?")]
    // A speaker's words are theirs to give.
    [InlineData("What did Marchbank say about remote monitoring?")]
    public async Task Other_questions_about_people_are_not_refused_as_never_quoted(string question)
    {
        var answer = await AskAsync(question);
        Assert.NotEqual(AnswerStatus.RefusedNeverQuoted, answer.Status);
    }
}
