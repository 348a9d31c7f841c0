using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Tests.Ingest;

/// <summary>
/// A stand-in embedding model: a deterministic vector per text (from its hash), every text it is asked to embed
/// recorded, and an optional hook after each call (to cancel a build mid-way).
/// </summary>
public sealed class CountingEmbeddingGenerator(Action<int>? afterCall = null) : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 8;
    private int _calls;

    public ConcurrentQueue<string> Embedded { get; } = new();

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            Embedded.Enqueue(text);
            result.Add(new Embedding<float>(VectorOf(text)));
        }
        afterCall?.Invoke(Interlocked.Increment(ref _calls));
        return Task.FromResult(result);
    }

    public static float[] VectorOf(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var vector = Enumerable.Range(0, Dimensions).Select(i => hash[i] / 255f + 0.01f).ToArray();
        VectorMath.Normalize(vector);
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}

/// <summary>Counts words, which is all chunking needs from a tokenizer in these tests.</summary>
public sealed class WordCounter : ITokenCounter
{
    public int CountTokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
