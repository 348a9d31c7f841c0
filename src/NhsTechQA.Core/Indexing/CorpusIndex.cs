using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Indexing;

/// <summary>
/// Everything retrieval and answering need: the documents, their sentences and chunks with offsets and speakers,
/// and one unit vector per sentence and per chunk. Sentence and chunk ids are positions in these lists.
/// </summary>
public sealed record CorpusIndex(
    string Fingerprint,
    string ModelId,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<DocumentProfile> Profiles,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Chunk> Chunks,
    float[][] SentenceVectors,
    float[][] ChunkVectors)
{
    private Dictionary<string, SourceDocument>? _byId;
    private Dictionary<string, DocumentProfile>? _profiles;

    public SourceDocument Document(string sourceId) =>
        (_byId ??= Documents.ToDictionary(d => d.SourceId, StringComparer.Ordinal))[sourceId];

    public DocumentProfile Profile(string sourceId) =>
        (_profiles ??= Profiles.ToDictionary(p => p.SourceId, StringComparer.Ordinal))[sourceId];

    public string TextOf(Sentence sentence) => Document(sentence.SourceId).Text[sentence.Start..sentence.End];

    public string TextOf(Chunk chunk) => Document(chunk.SourceId).Text[chunk.Start..chunk.End];
}

/// <summary>
/// Progress of an index build, for a progress bar: items done of the total, and for long stages the share of the
/// work done (weighted by cost), documents per second and a smoothed estimate of the time remaining.
/// </summary>
public sealed record IndexBuildProgress(string Stage, int Done, int Total)
{
    public double? Fraction { get; init; }
    public double? DocumentsPerSecond { get; init; }
    public TimeSpan? Remaining { get; init; }
}
