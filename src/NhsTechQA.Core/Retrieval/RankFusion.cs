using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Retrieval;

/// <summary>Fuses the lexical and dense result lists into one ranking.</summary>
public static class RankFusion
{
    public static IReadOnlyList<ScoredHit> Fuse(IReadOnlyList<ScoredHit> lexical, IReadOnlyList<ScoredHit> dense, RetrievalOptions options) =>
        options.Fusion.Equals("Weighted", StringComparison.OrdinalIgnoreCase)
            ? Weighted(lexical, dense, options.DenseWeight)
            : Reciprocal(lexical, dense, options.RrfK, options.DenseWeight);

    /// <summary>Reciprocal rank fusion: robust to the two retrievers' incomparable score scales.</summary>
    public static IReadOnlyList<ScoredHit> Reciprocal(IReadOnlyList<ScoredHit> lexical, IReadOnlyList<ScoredHit> dense, int k, double denseWeight)
    {
        var scores = new Dictionary<int, double>();
        void Add(IReadOnlyList<ScoredHit> hits, double weight)
        {
            for (var rank = 0; rank < hits.Count; rank++)
                scores[hits[rank].Id] = scores.GetValueOrDefault(hits[rank].Id) + weight / (k + rank + 1);
        }
        Add(lexical, 1 - denseWeight);
        Add(dense, denseWeight);
        return Sorted(scores);
    }

    /// <summary>Min-max normalised score fusion: keeps how far apart the hits are, which rank fusion discards.</summary>
    public static IReadOnlyList<ScoredHit> Weighted(IReadOnlyList<ScoredHit> lexical, IReadOnlyList<ScoredHit> dense, double denseWeight)
    {
        var scores = new Dictionary<int, double>();
        void Add(IReadOnlyList<ScoredHit> hits, double weight)
        {
            if (hits.Count == 0) return;
            var max = hits.Max(h => h.Score);
            var min = hits.Min(h => h.Score);
            var range = max - min;
            foreach (var hit in hits)
                scores[hit.Id] = scores.GetValueOrDefault(hit.Id) + weight * (range > 0 ? (hit.Score - min) / range : 1);
        }
        Add(lexical, 1 - denseWeight);
        Add(dense, denseWeight);
        return Sorted(scores);
    }

    private static IReadOnlyList<ScoredHit> Sorted(Dictionary<int, double> scores) =>
        scores.Select(p => new ScoredHit(p.Key, p.Value)).OrderByDescending(h => h.Score).ThenBy(h => h.Id).ToList();
}
