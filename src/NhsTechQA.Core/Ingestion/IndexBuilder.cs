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
/// fingerprint (documents, chunking, model, pipeline version) matches. Otherwise the index is rebuilt from the
/// documents as they are now: splitting, attribution and chunking are re-run (milliseconds per document, and
/// attribution may look across documents), while embedding — nearly all the cost — is done only for texts the
/// model has never embedded, by this corpus or any other: every vector is kept in the index folder's
/// <see cref="VectorCache"/>, keyed by model and exact text, written batch by batch so an interrupted build keeps
/// its finished work.
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
    private const int PipelineVersion = 83;

    public async Task<IndexLoadResult> LoadOrBuildAsync(
        IReadOnlyList<string> folders, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(folders, cancellationToken);
        var fingerprint = Fingerprint(read.Documents);
        var stored = await store.TryLoadAsync(cancellationToken, fingerprint);
        if (stored is not null && stored.Fingerprint == fingerprint)
            return new IndexLoadResult(Hydrate(stored, read.Documents), read.Skipped, Rebuilt: false, TextsEmbedded: 0) { Warnings = read.Warnings };
        var index = await BuildAsync(read.Documents, fingerprint, progress, cancellationToken);
        await store.SaveAsync(index.Index, cancellationToken);
        return index with { Skipped = read.Skipped, Warnings = read.Warnings };
    }

    private async Task<IndexLoadResult> BuildAsync(
        IReadOnlyList<SourceDocument> documents, string fingerprint,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        // Reading the cache (I/O and hashing) overlaps splitting (CPU).
        var opening = Task.Run(() => store.OpenVectorCache(modelId, embeddingOptions.MaxTokens), cancellationToken);
        progress?.Report(new IndexBuildProgress("Splitting", 0, documents.Count));
        var attributed = SentenceAttributionStep.Run(documents);
        var chunks = new List<Chunk>();
        var plans = store.OpenChunkPlans();
        var chunkSettings = $"{modelId}/{chunkingOptions.MaxTokens}/{chunkingOptions.OverlapSentences}";
        foreach (var document in attributed)
        {
            var key = ChunkPlanCache.Key(document.Document, document.Sentences, chunkSettings);
            var s = document.Sentences;
            if (plans.TryGet(key, out var plan) && plan.Length % 2 == 0 && plan.All(i => i >= 0 && i < s.Count))
            {
                for (var i = 0; i < plan.Length; i += 2)
                    chunks.Add(new Chunk(chunks.Count, document.Document.SourceId, s[plan[i]].Start, s[plan[i + 1]].End, s[plan[i]].Id, s[plan[i + 1]].Id));
                continue;
            }
            var cut = chunker.Split(document.Document.Text, s, chunks.Count);
            chunks.AddRange(cut);
            var firstId = s.Count > 0 ? s[0].Id : 0;
            plans.Add(key, cut.SelectMany(c => new[] { c.FirstSentence - firstId, c.LastSentence - firstId }).ToArray());
        }
        plans.Save();
        progress?.Report(new IndexBuildProgress("Splitting", documents.Count, documents.Count));
        var sentences = attributed.SelectMany(d => d.Sentences).ToList();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) position[documents[i].SourceId] = i;
        // One pass over sentences and chunks together: a one-sentence chunk is the same text and is embedded once.
        var allTexts = new List<string>(sentences.Count + chunks.Count);
        var documentOfText = new List<int>(sentences.Count + chunks.Count);
        foreach (var sentence in sentences)
        {
            var document = position[sentence.SourceId];
            allTexts.Add(documents[document].Text[sentence.Start..sentence.End]);
            documentOfText.Add(document);
        }
        foreach (var chunk in chunks)
        {
            var document = position[chunk.SourceId];
            allTexts.Add(documents[document].Text[chunk.Start..chunk.End]);
            documentOfText.Add(document);
        }
        using var cache = await opening;
        var (vectors, embedded) = await embedding.RunAsync(allTexts, cache, documentOfText, progress, cancellationToken);
        var index = new CorpusIndex(fingerprint, modelId, documents, attributed.Select(d => d.Profile).ToList(), sentences, chunks,
            vectors[..sentences.Count], vectors[sentences.Count..]);
        return new IndexLoadResult(index, [], Rebuilt: true, TextsEmbedded: embedded);
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
