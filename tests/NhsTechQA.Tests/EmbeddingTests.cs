using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Tests;

public sealed class EmbeddingTests
{
    [Fact]
    public async Task Vectors_are_unit_length_and_related_texts_are_closer()
    {
        using var generator = Assistant.CreateEmbeddingGenerator(new EmbeddingOptions());
        var query = (await generator.GenerateAsync(["electronic patient records in hospitals"], EmbeddingInput.ForQuery()))[0].Vector.ToArray();
        var passages = await generator.GenerateAsync(["Every NHS trust should use an electronic patient record system.", "The football match ended in a draw."]);
        var related = passages[0].Vector.ToArray();
        var unrelated = passages[1].Vector.ToArray();
        Assert.Equal(384, related.Length);
        Assert.Equal(1.0, Math.Sqrt(related.Sum(x => x * x)), 3);
        Assert.True(VectorMath.Cosine(query, related) > VectorMath.Cosine(query, unrelated) + 0.05);
    }

    [Fact]
    public async Task Batched_and_single_embeddings_agree()
    {
        using var generator = Assistant.CreateEmbeddingGenerator(new EmbeddingOptions { BatchSize = 4 });
        string[] texts = ["short", "a somewhat longer sentence about bed management systems", "£140 million AI award", "x"];
        var batched = await generator.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = (await generator.GenerateAsync([texts[i]]))[0].Vector.ToArray();
            Assert.True(VectorMath.Cosine(single, batched[i].Vector.ToArray()) > 0.9999, texts[i]);
        }
    }
}

public sealed class PreparedModelTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nhsqa-prepared-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Texts = ["Every NHS trust should use an electronic patient record system.", "£140 million AI award"];

    [Fact]
    public async Task A_prepared_model_is_written_once_and_gives_the_same_vectors_bit_for_bit()
    {
        var options = new EmbeddingOptions { PreparedModelFolder = _folder };
        var vocabulary = EmbeddedModel.LoadVocabulary(options);
        var shipped = await VectorsAsync(new LocalOnnxEmbeddingGenerator(EmbeddedModel.Load(options), options));

        var preparing = await VectorsAsync(LocalOnnxEmbeddingGenerator.Open(options, vocabulary, PreparedModelStore.FromOptions(options)));
        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(PreparedModelStore.Key(options) + ".ort", file);
        var written = File.GetLastWriteTimeUtc(file);
        var prepared = await VectorsAsync(LocalOnnxEmbeddingGenerator.Open(options, vocabulary, PreparedModelStore.FromOptions(options)));

        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(_folder))));
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(shipped[i], preparing[i]);
            Assert.Equal(shipped[i], prepared[i]);
        }
    }

    [Fact]
    public async Task A_damaged_prepared_model_is_made_again_and_stale_ones_are_removed()
    {
        var options = new EmbeddingOptions { PreparedModelFolder = _folder };
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, PreparedModelStore.Key(options) + ".ort");
        await File.WriteAllTextAsync(path, "not a model");
        await File.WriteAllTextAsync(Path.Combine(_folder, "older-model.ort"), "left by an older release");

        var vectors = await VectorsAsync(LocalOnnxEmbeddingGenerator.Open(options, EmbeddedModel.LoadVocabulary(options), PreparedModelStore.FromOptions(options)));

        Assert.Equal(384, vectors[0].Length);
        Assert.True(new FileInfo(path).Length > 1_000_000);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    private static async Task<float[][]> VectorsAsync(LocalOnnxEmbeddingGenerator generator)
    {
        using (generator)
            return (await generator.GenerateAsync(Texts)).Select(e => e.Vector.ToArray()).ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
