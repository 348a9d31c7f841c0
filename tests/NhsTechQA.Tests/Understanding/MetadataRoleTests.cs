namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A role given only in a speech's metadata ("speaker: Rt Hon X MP, Secretary of State for …") is the speaker's, and
/// "the health secretary" is the Secretary of State, not a Parliamentary Under-Secretary (invented documents).
/// </summary>
public sealed class MetadataRoleTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Earning trust: the data platform"
            speaker: "Rt Hon Daniel Farrant MP, Secretary of State for Health and Social Care"
            date: 2025-03-11
            type: speech transcript
            ---
            Today, 94 NHS trusts are live on the federated data platform, up from 41 a year ago.
            """,
        ["debate.md"] = """
            ---
            title: "Rural digital exclusion"
            type: hansard debate
            ---
            Mr Tom Blake (Eastholm) (Con): Rural patients cannot use the app without a signal.

            The Parliamentary Under-Secretary of State for Health and Social Care (Stephen Ashby): We will not make the app the only front door to the health service.
            """,
    };

    [Theory]
    [InlineData("how many trusts are live on the data platform according to the health sec?")]
    [InlineData("what did the health secretary say about the data platform?")]
    // "SoS" is the Secretary of State; the role ends at "of State", and "quote in his speech" is the question's.
    [InlineData("which pharmacist did the SoS quote in his speech about the data platform?")]
    public void The_health_secretary_is_the_secretary_of_state_the_metadata_names(string question)
    {
        var analyzed = Assistant.Extractive.Analyze(question, Assistant.NewConversation());
        Assert.Equal(["Daniel Farrant"], analyzed.Speakers);
    }

    [Fact]
    public void The_junior_minister_is_still_the_under_secretary()
    {
        var analyzed = Assistant.Extractive.Analyze("what did the junior health minister say about the app?", Assistant.NewConversation());
        Assert.Equal(["Stephen Ashby"], analyzed.Speakers);
    }
}
