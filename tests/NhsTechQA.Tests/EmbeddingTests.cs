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
