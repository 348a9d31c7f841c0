using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests.Ingest;

/// <summary>The vector cache behind ingestion: nothing embedded twice, whatever the corpus did in between.</summary>
public sealed class VectorCacheTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();

    private static readonly string[] Topics = ["electronic patient records", "virtual wards", "the NHS App", "shared care records", "cyber security"];

    private string IndexFolder => Path.Combine(_work, "index");

    /// <summary>A corpus folder of documents, each a few sentences of its own (so no text is shared between them).</summary>
    private string Corpus(string name, IEnumerable<int> documents)
    {
        var folder = Path.Combine(_work, name);
        Directory.CreateDirectory(folder);
        foreach (var n in documents) File.WriteAllText(Path.Combine(folder, $"doc{n:D2}.txt"), Document(n));
        return folder;
    }

    private static string Document(int n) =>
        $"Speech {n}. The minister for health spoke at conference number {n} about {Topics[n % Topics.Length]}.\n\n" +
        $"She said that trust {n} would finish its work on {Topics[(n + 1) % Topics.Length]} within {n + 2} years. " +
        $"Funding of {n * 10} million pounds was announced for region {n}.";

    private NhsTechQASettings Settings(string corpus, int batchSize = 32)
    {
        var settings = AssistantFixture.Settings(IndexFolder, corpus);
        settings.Embedding.BatchSize = batchSize;
        return settings;
    }

    private static Task<IndexLoadResult> BuildAsync(NhsTechQASettings settings, CountingEmbeddingGenerator generator, CancellationToken cancellationToken = default) =>
        Assistant.CreateIndexBuilder(settings, generator, new WordCounter(), "fake-model")
            .LoadOrBuildAsync(settings.Corpus.Folders, null, cancellationToken);

    private string CacheFile => Directory.GetFiles(Path.Combine(IndexFolder, "vector-cache")).Single();

    [Fact]
    public async Task Re_pointing_the_corpus_to_a_subset_and_back_embeds_nothing()
    {
        var full = Corpus("full", Enumerable.Range(0, 6));
        var subset = Corpus("subset", [0, 2, 4]);
        var first = new CountingEmbeddingGenerator();
        var built = await BuildAsync(Settings(full), first);
        Assert.True(built.TextsEmbedded > 6);
        Assert.Equal(built.TextsEmbedded, first.Embedded.Count);

        var again = new CountingEmbeddingGenerator();
        var toSubset = await BuildAsync(Settings(subset), again);
        Assert.True(toSubset.Rebuilt);
        Assert.Equal(3, toSubset.Index.Documents.Count);
        var back = await BuildAsync(Settings(full), again);
        Assert.True(back.Rebuilt);
        Assert.Equal(6, back.Index.Documents.Count);
        Assert.Equal(0, toSubset.TextsEmbedded + back.TextsEmbedded);
        Assert.Empty(again.Embedded);
        // The vectors come back right: each text's own vector, not a neighbour's.
        var sentence = back.Index.Sentences[5];
        Assert.Equal(CountingEmbeddingGenerator.VectorOf(back.Index.TextOf(sentence)), back.Index.SentenceVectors[5]);
    }

    [Fact]
    public async Task One_changed_document_re_embeds_only_its_own_texts()
    {
        var corpus = Corpus("corpus", Enumerable.Range(0, 5));
        await BuildAsync(Settings(corpus), new CountingEmbeddingGenerator());
        var changed = Path.Combine(corpus, "doc03.txt");
        File.AppendAllText(changed, " A new data platform will connect every hospital in region three.");
        var generator = new CountingEmbeddingGenerator();
        var rebuilt = await BuildAsync(Settings(corpus), generator);
        Assert.True(rebuilt.Rebuilt);
        // The new sentence and the chunk(s) that now hold it; nothing from the other documents.
        Assert.InRange(generator.Embedded.Count, 1, 3);
        var text = File.ReadAllText(changed);
        Assert.All(generator.Embedded, t => Assert.Contains(t, text));
        Assert.Contains(generator.Embedded, t => t == "A new data platform will connect every hospital in region three.");
    }

    [Fact]
    public async Task A_cancelled_build_keeps_the_batches_it_finished()
    {
        var corpus = Corpus("corpus", Enumerable.Range(0, 8));
        var reference = new CountingEmbeddingGenerator();
        var referenceFolder = Path.Combine(_work, "reference-index");
        var referenceSettings = Settings(corpus) with { Index = new IndexOptions { Folder = referenceFolder } };
        var total = (await BuildAsync(referenceSettings, reference)).TextsEmbedded;

        // Ctrl-C arrives while the third batch (of 2 texts) is being embedded: that batch still finishes.
        using var cancellation = new CancellationTokenSource();
        var interrupted = new CountingEmbeddingGenerator(calls => { if (calls == 3) cancellation.Cancel(); });
        var error = await Assert.ThrowsAsync<IndexBuildCancelledException>(() => BuildAsync(Settings(corpus, batchSize: 2), interrupted, cancellation.Token));
        Assert.Equal(6, interrupted.Embedded.Count);
        Assert.Equal(6, error.Embedded);
        Assert.Contains("kept", error.Message);
        Assert.False(File.Exists(Path.Combine(IndexFolder, "index.bin")));

        var resumed = new CountingEmbeddingGenerator();
        var finished = await BuildAsync(Settings(corpus, batchSize: 2), resumed);
        Assert.Equal(total - 6, finished.TextsEmbedded);
        Assert.Empty(resumed.Embedded.Intersect(interrupted.Embedded));
    }

    [Fact]
    public async Task A_truncated_cache_is_read_up_to_its_last_whole_batch()
    {
        var corpus = Corpus("corpus", Enumerable.Range(0, 4));
        var total = (await BuildAsync(Settings(corpus, batchSize: 4), new CountingEmbeddingGenerator())).TextsEmbedded;
        // A crash in the middle of writing the last batch: cut the file inside that block.
        var bytes = File.ReadAllBytes(CacheFile);
        File.WriteAllBytes(CacheFile, bytes[..^20]);
        File.Delete(Path.Combine(IndexFolder, "index.bin"));

        var generator = new CountingEmbeddingGenerator();
        var rebuilt = await BuildAsync(Settings(corpus, batchSize: 4), generator);
        var lastBatch = total % 4 == 0 ? 4 : total % 4;
        Assert.Equal(lastBatch, rebuilt.TextsEmbedded);
        Assert.Equal(rebuilt.Index.Sentences.Count, rebuilt.Index.SentenceVectors.Length);

        // The torn tail was cut before appending, so everything is found next time.
        File.Delete(Path.Combine(IndexFolder, "index.bin"));
        Assert.Equal(0, (await BuildAsync(Settings(corpus, batchSize: 4), new CountingEmbeddingGenerator())).TextsEmbedded);
    }

    [Fact]
    public async Task A_cache_file_of_garbage_is_replaced_not_fatal()
    {
        var corpus = Corpus("corpus", Enumerable.Range(0, 3));
        var total = (await BuildAsync(Settings(corpus), new CountingEmbeddingGenerator())).TextsEmbedded;
        File.WriteAllText(CacheFile, "this is not a vector cache");
        File.Delete(Path.Combine(IndexFolder, "index.bin"));
        Assert.Equal(total, (await BuildAsync(Settings(corpus), new CountingEmbeddingGenerator())).TextsEmbedded);
        File.Delete(Path.Combine(IndexFolder, "index.bin"));
        Assert.Equal(0, (await BuildAsync(Settings(corpus), new CountingEmbeddingGenerator())).TextsEmbedded);
    }

    [Fact]
    public void Vectors_are_kept_per_model_and_token_limit()
    {
        using (var cache = VectorCache.Open(IndexFolder, "model-a", 512))
            cache.Append([(VectorCache.Key("hello"), new float[] { 1, 0 })]);
        using (var same = VectorCache.Open(IndexFolder, "model-a", 512))
            Assert.True(same.TryGet("hello", out var vector) && vector.SequenceEqual([1f, 0f]));
        using (var other = VectorCache.Open(IndexFolder, "model-b", 512))
            Assert.False(other.TryGet("hello", out _));
        using (var shorter = VectorCache.Open(IndexFolder, "model-a", 128))
            Assert.False(shorter.TryGet("hello", out _));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
