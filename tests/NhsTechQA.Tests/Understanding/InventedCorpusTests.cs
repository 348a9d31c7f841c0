using NhsTechQA.Core.Answering;
using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Tests over documents written for them: each class names its documents; they are written to a fresh folder, an
/// assistant is opened over them with its own index, and both folders are removed afterwards.
/// </summary>
public abstract class InventedCorpusTests : IAsyncLifetime
{
    private readonly string _corpus = RepoPaths.NewTempFolder();
    private readonly string _index = RepoPaths.NewTempFolder();

    protected Assistant Assistant { get; private set; } = null!;

    /// <summary>The documents, by file name.</summary>
    protected abstract IReadOnlyDictionary<string, string> Documents { get; }

    /// <summary>The offline answer to a question asked on its own.</summary>
    protected Task<Answer> AskAsync(string question) =>
        Assistant.Extractive.AskAsync(Assistant.NewConversation(), question, CancellationToken.None);

    /// <summary>How a question asked on its own was read, ranked and judged.</summary>
    protected Task<ExtractiveAnswerer.Explanation> ExplainAsync(string question) =>
        Assistant.Extractive.ExplainAsync(Assistant.NewConversation(), question, CancellationToken.None);

    /// <summary>One answerability feature of a judged question, by name.</summary>
    protected static double Feature(ExtractiveAnswerer.Explanation explained, string name) =>
        explained.Verdict.Features[AnswerabilityFeatures.Names.ToList().IndexOf(name)];

    /// <summary>Changes the project's settings for this class's assistant (one rule tested without another).</summary>
    protected virtual void Configure(NhsTechQASettings settings) { }

    public async Task InitializeAsync()
    {
        foreach (var (name, text) in Documents) File.WriteAllText(Path.Combine(_corpus, name), text);
        var settings = AssistantFixture.Settings(_index, _corpus);
        Configure(settings);
        Assistant = await Assistant.OpenAsync(settings, null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Assistant.Dispose();
        Directory.Delete(_corpus, recursive: true);
        Directory.Delete(_index, recursive: true);
        return Task.CompletedTask;
    }
}
