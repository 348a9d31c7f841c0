using System.Numerics.Tensors;

namespace NhsTechQA.Core.Embeddings;

public static class VectorMath
{
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
    }

    /// <summary>Cosine similarity of two unit vectors.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    /// <summary>Adds a vector into a running sum.</summary>
    public static void Add(Span<float> sum, ReadOnlySpan<float> vector) => TensorPrimitives.Add(sum, vector, sum);
}
