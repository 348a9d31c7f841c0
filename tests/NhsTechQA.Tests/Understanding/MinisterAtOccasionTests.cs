using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>"The minister" with nothing else to say which: the one the question's occasion names (invented documents).</summary>
public sealed class MinisterAtOccasionTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["summit-speech.md"] = """
            ---
            title: "Speech at the Northern Digital Care Summit"
            speaker: Helena Vossberg
            date: 2025-06-12
            type: speech transcript
            ---
            Good morning. Virtual wards are here to stay. I want to see 3,500 virtual ward beds in the North by the end of 2026.
            """,
        ["questions.md"] = """
            ---
            title: "Oral answers to questions: health"
            date: 2025-07-01
            type: debate
            ---
            **Ravi Patel (Minister of State for Health):** We are investing in cyber resilience across every trust.

            **Joan Carter (Hexham) (Lab):** Will the Minister say more about cyber?
            """,
    };

    [Fact]
    public void The_minister_at_a_named_occasion_is_the_one_who_spoke_there()
    {
        var analyzed = Assistant.Extractive.Analyze("what did the minister say about virtual wards at the northern digital care summit?", Assistant.NewConversation());
        Assert.Equal(["Helena Vossberg"], analyzed.Speakers);
    }

    [Fact]
    public void The_minister_with_no_occasion_named_is_nobody_in_particular()
    {
        var analyzed = Assistant.Extractive.Analyze("what did the minister say about virtual wards?", Assistant.NewConversation());
        Assert.Empty(analyzed.Speakers);
    }
}
