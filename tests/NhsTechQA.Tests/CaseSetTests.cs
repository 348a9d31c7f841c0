using System.Text.Json;

namespace NhsTechQA.Tests;

/// <summary>
/// The repository's own evaluation cases (tests/NhsTechQA.Tests/data/cases.jsonl, written apart from the shared dev
/// set): each answerable case cites its evidence among the first three citations, each unanswerable one is refused,
/// and no answer carries a forbidden phrase.
/// </summary>
[Collection(AssistantCollection.Name)]
public sealed class CaseSetTests(AssistantFixture fixture)
{
    private const int CitationsScored = 3;

    public static TheoryData<string> CaseIds() =>
        new(File.ReadLines(Path.Combine(RepoPaths.Data, "cases.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_is_answered_as_expected(string id)
    {
        var line = File.ReadLines(Path.Combine(RepoPaths.Data, "cases.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == id);
        var conversation = fixture.Assistant.NewConversation();
        NhsTechQA.Core.Answering.Answer? answer = null;
        foreach (var turn in line.GetProperty("turns").EnumerateArray())
            answer = await fixture.Assistant.AskAsync(conversation, turn.GetString()!, CancellationToken.None);
        Assert.NotNull(answer);
        var answerable = line.GetProperty("answerable").GetBoolean();
        Assert.Equal(!answerable, answer.Refused);
        var quotes = string.Join(" ", answer.Citations.Take(CitationsScored).Select(c => c.Quote));
        foreach (var evidence in line.GetProperty("evidence").EnumerateArray())
            Assert.Contains(evidence.GetString()!, quotes);
        if (line.TryGetProperty("forbidden", out var forbidden))
            foreach (var phrase in forbidden.EnumerateArray())
                Assert.DoesNotContain(phrase.GetString()!, answer.Text);
        if (answerable && line.GetProperty("speaker").GetString() is { } speaker)
            Assert.Contains(speaker.Split(' ')[^1], answer.Text);
    }
}
