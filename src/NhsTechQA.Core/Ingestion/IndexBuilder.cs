using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Ingestion;

/// <summary>The index in use, what was skipped on the way, and whether it had to be (re)built.</summary>
public sealed record IndexLoadResult(CorpusIndex Index, IReadOnlyList<SkippedDocument> Skipped, bool Rebuilt, int TextsEmbedded)
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}

/// <summary>
/// The ingestion pipeline: read, split and attribute, chunk, embed, store. A stored index is reused when its
/// fingerprint (documents, chunking, model, pipeline version) matches; otherwise the index is rebuilt.
/// </summary>
public sealed class IndexBuilder(
    DocumentReader reader,
    Chunker chunker,
    EmbeddingStep embedding,
    IndexStore store,
    ChunkingOptions chunkingOptions,
    EmbeddingOptions embeddingOptions,
    string modelId)
{
    // Bump when splitting or attribution rules change, so stored indexes are rebuilt with the new rules.
    private const int PipelineVersion = 5;

    public async Task<IndexLoadResult> LoadOrBuildAsync(
        IReadOnlyList<string> folders, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(folders, cancellationToken);
        var fingerprint = Fingerprint(read.Documents);
        var stored = await store.TryLoadAsync(cancellationToken);
        if (stored is not null && stored.Fingerprint == fingerprint)
            return new IndexLoadResult(Hydrate(stored, read.Documents), read.Skipped, Rebuilt: false, TextsEmbedded: 0) { Warnings = read.Warnings };
        var index = await BuildAsync(read.Documents, fingerprint, stored, progress, cancellationToken);
        await store.SaveAsync(index.Index, cancellationToken);
        return index with { Skipped = read.Skipped, Warnings = read.Warnings };
    }

    private async Task<IndexLoadResult> BuildAsync(
        IReadOnlyList<SourceDocument> documents, string fingerprint, IndexStore.StoredIndex? previous,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new IndexBuildProgress("Splitting", 0, documents.Count));
        var attributed = SentenceAttributionStep.Run(documents);
        var chunks = new List<Chunk>();
        foreach (var document in attributed)
            chunks.AddRange(chunker.Split(document.Document.Text, document.Sentences, chunks.Count));
        progress?.Report(new IndexBuildProgress("Splitting", documents.Count, documents.Count));
        var sentences = attributed.SelectMany(d => d.Sentences).ToList();
        var texts = documents.ToDictionary(d => d.SourceId, d => d.Text, StringComparer.Ordinal);
        var sentenceTexts = sentences.Select(s => texts[s.SourceId][s.Start..s.End]).ToList();
        var chunkTexts = chunks.Select(c => texts[c.SourceId][c.Start..c.End]).ToList();
        var reusable = Reusable(previous);
        // One pass over sentences and chunks together: a one-sentence chunk is the same text and is embedded once.
        var allTexts = sentenceTexts.Concat(chunkTexts).ToList();
        var unique = allTexts.Distinct(StringComparer.Ordinal).ToList();
        var (vectors, embedded) = await embedding.RunAsync(unique, reusable, progress, cancellationToken);
        var byText = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < unique.Count; i++) byText[unique[i]] = vectors[i];
        var index = new CorpusIndex(fingerprint, modelId, documents, attributed.Select(d => d.Profile).ToList(), sentences, chunks,
            sentenceTexts.Select(t => byText[t]).ToArray(), chunkTexts.Select(t => byText[t]).ToArray());
        return new IndexLoadResult(index, [], Rebuilt: true, TextsEmbedded: embedded);
    }

    private Dictionary<string, float[]> Reusable(IndexStore.StoredIndex? previous)
    {
        var reusable = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (previous is null || previous.ModelId != modelId) return reusable;
        for (var i = 0; i < previous.Sentences.Count; i++) reusable.TryAdd(previous.SentenceHashes[i], previous.SentenceVectors[i]);
        for (var i = 0; i < previous.Chunks.Count; i++) reusable.TryAdd(previous.ChunkHashes[i], previous.ChunkVectors[i]);
        return reusable;
    }

    private static CorpusIndex Hydrate(IndexStore.StoredIndex stored, IReadOnlyList<SourceDocument> documents) =>
        new(stored.Fingerprint, stored.ModelId, documents, stored.Profiles, stored.Sentences, stored.Chunks,
            stored.SentenceVectors, stored.ChunkVectors);

    private string Fingerprint(IReadOnlyList<SourceDocument> documents)
    {
        var text = new StringBuilder()
            .Append($"pipeline={PipelineVersion};model={modelId};maxTokens={embeddingOptions.MaxTokens};")
            .Append($"chunk={chunkingOptions.MaxTokens}/{chunkingOptions.OverlapSentences};");
        foreach (var document in documents.OrderBy(d => d.SourceId, StringComparer.Ordinal))
            text.Append(document.SourceId).Append('=').Append(document.ContentHash).Append(';');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
