using Microsoft.Extensions.AI;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Embeds texts in length-sorted slices (little padding, steady progress), reusing vectors already computed for the
/// same text by the same model, so that adding one document does not re-embed the corpus.
/// </summary>
public sealed class EmbeddingStep(IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingOptions options)
{
    // Progress is reported after this many model batches.
    private const int BatchesPerProgressStep = 4;

    /// <summary>One vector per text, in order; <see cref="Embedded"/> counts those the model computed (not reused).</summary>
    public sealed record Result(float[][] Vectors, int Embedded);

    public async Task<Result> RunAsync(
        IReadOnlyList<string> texts, IReadOnlyDictionary<string, float[]> reusable,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (reusable.TryGetValue(IndexStore.TextHash(texts[i]), out var vector)) vectors[i] = vector;
            else missing.Add(i);
        }
        missing.Sort((a, b) => texts[a].Length.CompareTo(texts[b].Length));
        var step = Math.Max(1, options.BatchSize) * BatchesPerProgressStep;
        progress?.Report(new IndexBuildProgress("Embedding", 0, missing.Count));
        for (var offset = 0; offset < missing.Count; offset += step)
        {
            var slice = missing.Skip(offset).Take(step).ToList();
            var embeddings = await generator.GenerateAsync(slice.Select(i => texts[i]), null, cancellationToken);
            for (var j = 0; j < slice.Count; j++) vectors[slice[j]] = embeddings[j].Vector.ToArray();
            progress?.Report(new IndexBuildProgress("Embedding", Math.Min(offset + step, missing.Count), missing.Count));
        }
        return new Result(vectors, missing.Count);
    }
}
