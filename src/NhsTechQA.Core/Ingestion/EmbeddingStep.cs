using Microsoft.Extensions.AI;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Embeds texts the model has not embedded before. Vectors come from the <see cref="VectorCache"/> when the same
/// text was embedded earlier (by this corpus or another, in this run or an interrupted one); the rest are sorted by
/// token length and sent one model batch at a time, so batches hold texts of similar length (little padding) and
/// every finished batch is written to the cache before the next starts. Cancellation is honoured between batches:
/// the batch under way finishes and is kept.
/// </summary>
public sealed class EmbeddingStep(IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingOptions options)
{
    // Per-sequence cost beyond its tokens ([CLS], [SEP], pooling, copying), in tokens, for weighting progress.
    private const int SequenceOverheadTokens = 8;

    /// <summary>One vector per text, in order; <see cref="Embedded"/> counts those the model computed (not reused).</summary>
    public sealed record Result(float[][] Vectors, int Embedded);

    /// <summary>Embeds with a throwaway in-memory cache holding <paramref name="reusable"/> (vectors by <see cref="IndexStore.TextHash"/>).</summary>
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
        var embedded = await EmbedAsync(texts, missing, vectors, null, null, progress, cancellationToken);
        return new Result(vectors, embedded);
    }

    /// <param name="documentOfText">For progress in documents: the document (any number) each text belongs to.</param>
    public async Task<Result> RunAsync(
        IReadOnlyList<string> texts, VectorCache cache, IReadOnlyList<int>? documentOfText,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (cache.TryGet(texts[i], out var vector)) vectors[i] = vector;
            else missing.Add(i);
        }
        var embedded = await EmbedAsync(texts, missing, vectors, cache, documentOfText, progress, cancellationToken);
        return new Result(vectors, embedded);
    }

    private async Task<int> EmbedAsync(
        IReadOnlyList<string> texts, List<int> missing, float[][] vectors, VectorCache? cache, IReadOnlyList<int>? documentOfText,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        // Duplicates (a one-sentence chunk is also a sentence) are embedded once.
        var unique = missing.DistinctBy(i => texts[i], StringComparer.Ordinal).ToList();
        var counter = generator.GetService<ITokenCounter>();
        var max = Math.Min(options.MaxTokens, 512);
        var cost = unique.ToDictionary(i => i, i => Math.Min(max, counter?.CountTokens(texts[i]) ?? texts[i].Length / 4) + SequenceOverheadTokens);
        unique.Sort((a, b) => cost[a] != cost[b] ? cost[a].CompareTo(cost[b]) : a.CompareTo(b));
        var documents = documentOfText is null ? 0 : unique.Select(i => documentOfText[i]).Distinct().Count();
        var meter = new ProgressMeter("Embedding", unique.Count, unique.Sum(i => (double)cost[i]), documents, progress);
        meter.Report(0, 0);
        var batchSize = Math.Max(1, options.BatchSize);
        var done = 0;
        var work = 0.0;
        for (var offset = 0; offset < unique.Count; offset += batchSize)
        {
            if (cancellationToken.IsCancellationRequested)
                throw new IndexBuildCancelledException(done, unique.Count, cache is not null, cancellationToken);
            var batch = unique.GetRange(offset, Math.Min(batchSize, unique.Count - offset));
            // Not cancelled mid-batch: a batch is a second or two, and finishing it keeps its work in the cache.
            var embeddings = await generator.GenerateAsync(batch.Select(i => texts[i]), null, CancellationToken.None);
            var entries = new List<(UInt128, float[])>(batch.Count);
            for (var j = 0; j < batch.Count; j++)
            {
                var vector = embeddings[j].Vector.ToArray();
                vectors[batch[j]] = vector;
                entries.Add((VectorCache.Key(texts[batch[j]]), vector));
            }
            cache?.Append(entries);
            done += batch.Count;
            work += batch.Sum(i => (double)cost[i]);
            meter.Report(done, work);
        }
        // Copies of a text embedded above.
        var byText = unique.ToDictionary(i => texts[i], i => vectors[i], StringComparer.Ordinal);
        foreach (var i in missing) vectors[i] ??= byText[texts[i]];
        return unique.Count;
    }
}

/// <summary>An index build stopped between batches; what was embedded before is kept (when there is a cache).</summary>
public sealed class IndexBuildCancelledException(int embedded, int total, bool kept, CancellationToken token)
    : OperationCanceledException(kept
        ? $"cancelled: {embedded} of {total} texts were embedded and are kept in the vector cache; run again to continue"
        : $"cancelled after embedding {embedded} of {total} texts", token)
{
    public int Embedded { get; } = embedded;
}
