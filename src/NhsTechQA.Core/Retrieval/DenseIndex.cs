using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Core.Retrieval;

/// <summary>Exact cosine search over unit vectors; exhaustive, which is fast enough and exact at corpus sizes of this kind.</summary>
public sealed class DenseIndex(float[][] vectors)
{
    public int Count => vectors.Length;

    public double Similarity(int id, float[] query) => VectorMath.Cosine(vectors[id], query);

    /// <summary>The unit vector of an item.</summary>
    public ReadOnlySpan<float> Vector(int id) => vectors[id];

    public IReadOnlyList<ScoredHit> Search(float[] query, int top)
    {
        var scores = new ScoredHit[vectors.Length];
        for (var i = 0; i < vectors.Length; i++) scores[i] = new ScoredHit(i, VectorMath.Cosine(vectors[i], query));
        return TopK(scores, top);
    }

    private static IReadOnlyList<ScoredHit> TopK(ScoredHit[] scores, int top)
    {
        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        return scores.Take(top).ToList();
    }
}
