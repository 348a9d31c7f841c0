using Microsoft.Extensions.AI;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Tests;

public sealed class CoalescingEmbeddingTests
{
    /// <summary>Embeds a text as [length, 1 if query], slowly, counting its runs.</summary>
    private sealed class SlowCountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Runs;
        public int LargestBatch;

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Interlocked.Increment(ref Runs);
            LargestBatch = Math.Max(LargestBatch, texts.Count);
            await Task.Delay(50, cancellationToken);
            return new(texts.Select(t => new Embedding<float>(new float[] { t.Length, EmbeddingInput.IsQuery(options) ? 1 : 0 })));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }

    [Fact]
    public async Task Concurrent_queries_share_runs_and_each_gets_its_own_vector()
    {
        var inner = new SlowCountingGenerator();
        using var coalescing = new CoalescingEmbeddingGenerator(inner, maxBatch: 32);
        var texts = Enumerable.Range(1, 20).Select(i => new string('x', i)).ToList();
        var results = await Task.WhenAll(texts.Select(t => coalescing.GenerateAsync([t], EmbeddingInput.ForQuery())));
        for (var i = 0; i < texts.Count; i++)
            Assert.Equal(new float[] { texts[i].Length, 1 }, results[i][0].Vector.ToArray());
        Assert.True(inner.Runs < texts.Count, $"{inner.Runs} runs for {texts.Count} queries");
        Assert.True(inner.LargestBatch > 1);
    }

    [Fact]
    public async Task A_lone_query_runs_at_once_and_bulk_requests_pass_through()
    {
        var inner = new SlowCountingGenerator();
        using var coalescing = new CoalescingEmbeddingGenerator(inner, maxBatch: 32);
        Assert.Equal(new float[] { 3, 1 }, (await coalescing.GenerateAsync(["abc"], EmbeddingInput.ForQuery()))[0].Vector.ToArray());
        var bulk = await coalescing.GenerateAsync(["a", "bb"]);
        Assert.Equal(new float[] { 2, 0 }, bulk[1].Vector.ToArray());
        Assert.Equal(2, inner.Runs);
    }
}
