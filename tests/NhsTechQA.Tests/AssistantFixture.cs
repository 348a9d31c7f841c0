using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests;

/// <summary>One assistant over the repository's seeds and settings, with its index in a temporary folder, shared by a test class.</summary>
public sealed class AssistantFixture : IAsyncLifetime
{
    public Assistant Assistant { get; private set; } = null!;
    public string IndexFolder { get; } = RepoPaths.NewTempFolder();

    /// <summary>The repository's own appsettings.json, with the corpus and index folders of the test.</summary>
    public static NhsTechQASettings Settings(string indexFolder, params string[] corpus) =>
        SettingsLoader.Load(corpus.Length > 0 ? corpus : [RepoPaths.Seeds], indexFolder, Path.Combine(RepoPaths.Root, "appsettings.json"));

    public async Task InitializeAsync() =>
        Assistant = await Assistant.OpenAsync(Settings(IndexFolder), null, CancellationToken.None);

    public Task DisposeAsync()
    {
        Assistant.Dispose();
        Directory.Delete(IndexFolder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AssistantCollection : ICollectionFixture<AssistantFixture>
{
    public const string Name = "assistant";
}
