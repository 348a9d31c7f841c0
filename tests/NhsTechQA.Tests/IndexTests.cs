using NhsTechQA.Core;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests;

public sealed class IndexTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();

    private string Corpus(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    private string IndexFolder => Path.Combine(_work, "index");

    private async Task<IndexLoadResult> OpenAsync(string corpus)
    {
        using var assistant = await Assistant.OpenAsync(AssistantFixture.Settings(IndexFolder, corpus), null, CancellationToken.None);
        return assistant.Load;
    }

    private const string Speech = "At the Digital Summit, health minister Jane Okafor said: “Every ward will have modern record systems.”";

    [Fact]
    public async Task Index_is_reused_when_nothing_changed_and_rebuilt_when_a_document_changes()
    {
        var corpus = Corpus(("a.txt", Speech));
        Assert.True((await OpenAsync(corpus)).Rebuilt);
        Assert.False((await OpenAsync(corpus)).Rebuilt);
        File.AppendAllText(Path.Combine(corpus, "a.txt"), "\nShe added that funding was secured.");
        var changed = await OpenAsync(corpus);
        Assert.True(changed.Rebuilt);
        // Unchanged sentences keep their vectors; only new texts are embedded.
        Assert.InRange(changed.TextsEmbedded, 1, 2);
        Assert.Contains(changed.Index.Sentences, s => changed.Index.TextOf(s) == "She added that funding was secured.");
    }

    [Fact]
    public async Task A_corrupt_or_foreign_index_is_rebuilt_not_a_crash()
    {
        var corpus = Corpus(("a.txt", Speech));
        await OpenAsync(corpus);
        var file = Path.Combine(IndexFolder, "index.bin");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        Assert.True((await OpenAsync(corpus)).Rebuilt);
        File.WriteAllText(file, "not an index at all");
        var rebuilt = await OpenAsync(corpus);
        Assert.True(rebuilt.Rebuilt);
        Assert.Single(rebuilt.Index.Documents);
        // No temporary files are left beside the index.
        Assert.Equal(["index.bin"], Directory.GetFiles(IndexFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Unreadable_files_are_skipped_with_a_reason_and_the_rest_indexed()
    {
        var corpus = Corpus(("a.txt", Speech), ("empty.md", "  \n"), ("notes.pdf", "%PDF"));
        File.WriteAllBytes(Path.Combine(corpus, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, 0xA3, 0x35]);
        var load = await OpenAsync(corpus);
        // Text that is not UTF-8 is decoded as Windows-1252 and indexed, with a warning naming the encoding.
        Assert.Equal(["a.txt", "latin1.txt"], load.Index.Documents.Select(d => d.SourceId));
        Assert.Contains(load.Warnings, w => w.Path.EndsWith("latin1.txt") && w.Message.Contains("Windows-1252"));
        Assert.Contains(load.Skipped, s => s.Path.EndsWith("empty.md") && s.Reason == "empty");
        Assert.Contains(load.Skipped, s => s.Path.EndsWith("notes.pdf"));
    }

    [Fact]
    public async Task A_missing_or_empty_corpus_folder_is_named_in_the_error()
    {
        var missing = Path.Combine(_work, "nope");
        var error = await Assert.ThrowsAsync<CorpusException>(() => OpenAsync(missing));
        Assert.Contains(missing, error.Message);
        var empty = Path.Combine(_work, "empty");
        Directory.CreateDirectory(empty);
        error = await Assert.ThrowsAsync<CorpusException>(() => OpenAsync(empty));
        Assert.Contains(empty, error.Message);
    }

    [Fact]
    public async Task Chunks_respect_the_token_budget_and_cover_every_sentence()
    {
        var settings = AssistantFixture.Settings(IndexFolder, RepoPaths.Seeds);
        using var assistant = await Assistant.OpenAsync(settings, null, CancellationToken.None);
        using var embeddings = Assistant.CreateEmbeddingGenerator(settings.Embedding);
        var index = assistant.Search.Index;
        foreach (var chunk in index.Chunks.Where(c => c.FirstSentence != c.LastSentence))
            Assert.True(embeddings.CountTokens(index.TextOf(chunk)) <= settings.Chunking.MaxTokens + 2);
        var covered = index.Chunks.SelectMany(c => Enumerable.Range(c.FirstSentence, c.LastSentence - c.FirstSentence + 1)).ToHashSet();
        Assert.Equal(index.Sentences.Select(s => s.Id).ToHashSet(), covered);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
