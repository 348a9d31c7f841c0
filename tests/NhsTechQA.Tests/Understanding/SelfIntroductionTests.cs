using NhsTechQA.Core;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A witness introducing themselves ("I am Marcus Ellery, managing director of Histovue Diagnostics.") has every word
/// of a question asked by their name and organisation, and says nothing: over the helper-written committee evidence
/// of bench/answerability/fresh-r, the substance is cited first.
/// </summary>
public sealed class SelfIntroductionTests : IAsyncLifetime
{
    private readonly string _index = RepoPaths.NewTempFolder();
    private Assistant _assistant = null!;

    public async Task InitializeAsync() => _assistant = await Assistant.OpenAsync(
        AssistantFixture.Settings(_index, Path.Combine(RepoPaths.Root, "bench/answerability/fresh-r/corpus")), null, CancellationToken.None);

    public Task DisposeAsync()
    {
        _assistant.Dispose();
        Directory.Delete(_index, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_self_introduction_is_not_cited_first()
    {
        var answer = await _assistant.Extractive.AskAsync(_assistant.NewConversation(),
            "What did Ellery tell the committee about whether Histovue's software is approved to report biopsies on its own?", CancellationToken.None);
        Assert.False(answer.Refused, answer.Text);
        Assert.DoesNotContain("I am Marcus Ellery", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
