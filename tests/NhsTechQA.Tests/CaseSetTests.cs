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

    public static TheoryData<string> CaseIds() => Ids("cases.jsonl");

    public static TheoryData<string> Corpus2CaseIds() => Ids("cases-corpus2.jsonl");

    private static TheoryData<string> Ids(string file) =>
        new(File.ReadLines(Path.Combine(RepoPaths.Data, file)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public Task Case_is_answered_as_expected(string id) => CheckAsync(fixture.Assistant, "cases.jsonl", id);

    [Theory]
    [MemberData(nameof(Corpus2CaseIds))]
    public async Task Case_over_two_corpus_folders_is_answered_as_expected(string id)
    {
        var index = RepoPaths.NewTempFolder();
        try
        {
            using var assistant = await NhsTechQA.Core.Assistant.OpenAsync(
                AssistantFixture.Settings(index, RepoPaths.Seeds, Path.Combine(RepoPaths.Data, "corpus2")), null, CancellationToken.None);
            await CheckAsync(assistant, "cases-corpus2.jsonl", id);
        }
        finally
        {
            Directory.Delete(index, recursive: true);
        }
    }

    // Refusal accuracy over each file's unanswerable cases, measured with the committed model (see README).
    [Theory]
    [InlineData("cases.jsonl", 1.0)]
    [InlineData("cases-corpus2.jsonl", 1.0)]
    public async Task Refusals_meet_their_bar(string file, double bar)
    {
        var index = RepoPaths.NewTempFolder();
        try
        {
            var corpus = file == "cases.jsonl" ? new[] { RepoPaths.Seeds } : [RepoPaths.Seeds, Path.Combine(RepoPaths.Data, "corpus2")];
            using var assistant = await NhsTechQA.Core.Assistant.OpenAsync(AssistantFixture.Settings(index, corpus), null, CancellationToken.None);
            var outcomes = new List<(string Id, bool Refused)>();
            foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Data, file)).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement))
            {
                if (line.GetProperty("answerable").GetBoolean()) continue;
                var conversation = assistant.NewConversation();
                NhsTechQA.Core.Answering.Answer? answer = null;
                foreach (var turn in line.GetProperty("turns").EnumerateArray())
                    answer = await assistant.AskAsync(conversation, turn.GetString()!, CancellationToken.None);
                outcomes.Add((line.GetProperty("id").GetString()!, answer!.Refused));
            }
            Assert.NotEmpty(outcomes);
            var accuracy = outcomes.Count(o => o.Refused) / (double)outcomes.Count;
            Assert.True(accuracy >= bar, $"refusal accuracy {accuracy:F2} < {bar}; answered: {string.Join(", ", outcomes.Where(o => !o.Refused).Select(o => o.Id))}");
        }
        finally
        {
            Directory.Delete(index, recursive: true);
        }
    }

    private static async Task CheckAsync(NhsTechQA.Core.Assistant assistant, string file, string id)
    {
        var line = File.ReadLines(Path.Combine(RepoPaths.Data, file))
            .Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == id);
        var conversation = assistant.NewConversation();
        NhsTechQA.Core.Answering.Answer? answer = null;
        foreach (var turn in line.GetProperty("turns").EnumerateArray())
            answer = await assistant.AskAsync(conversation, turn.GetString()!, CancellationToken.None);
        Assert.NotNull(answer);
        var answerable = line.GetProperty("answerable").GetBoolean();
        // Answerable cases must be answered with their evidence; refusing unanswerable ones is measured over the whole
        // set (RefusalsMeetTheirBar), as the fitted answerability model is judged: by rate, not case by case.
        if (answerable) Assert.False(answer.Refused, answer.Text);
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
