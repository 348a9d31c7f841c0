using Microsoft.Extensions.AI;

namespace NhsTechQA.Core.Embeddings;

/// <summary>Makes a remote model's vectors unit length, which the dense index assumes (cosine as a dot product).</summary>
public sealed class NormalizingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        // The query marker is for models that embed queries differently; remote models are sent plain text.
        var embeddings = await base.GenerateAsync(values, null, cancellationToken);
        return new GeneratedEmbeddings<Embedding<float>>(embeddings.Select(e =>
        {
            var vector = e.Vector.ToArray();
            VectorMath.Normalize(vector);
            return new Embedding<float>(vector) { ModelId = e.ModelId };
        }));
    }
}
