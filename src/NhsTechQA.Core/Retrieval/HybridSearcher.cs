using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Retrieval;

/// <summary>The three rankings of one search, kept apart so they can be reported and scored separately.</summary>
public sealed record HybridResult(IReadOnlyList<ScoredHit> Lexical, IReadOnlyList<ScoredHit> Dense, IReadOnlyList<ScoredHit> Fused);

/// <summary>Lexical BM25 and dense cosine over the same passages, fused.</summary>
public sealed class HybridSearcher(LexicalIndex lexical, DenseIndex dense, RetrievalOptions options)
{
    public LexicalIndex Lexical => lexical;
    public DenseIndex Dense => dense;

    public HybridResult Search(IReadOnlyList<string> terms, float[] queryVector)
    {
        var lexicalHits = lexical.Search(terms, options.CandidatesPerRetriever);
        var denseHits = dense.Search(queryVector, options.CandidatesPerRetriever);
        return new HybridResult(lexicalHits, denseHits, RankFusion.Fuse(lexicalHits, denseHits, options));
    }
}
