using Microsoft.Extensions.AI;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// An embedding generator still being loaded: the local model takes a second or more to read and prepare, which a fresh
/// process spends opening the index at the same time. Calls wait for the model; <see cref="ReadyAsync"/> surfaces a
/// failure to load it.
/// </summary>
public sealed class DeferredEmbeddingGenerator(Task<IEmbeddingGenerator<string, Embedding<float>>> loading)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Waits until the model is loaded; throws what loading it threw.</summary>
    public Task ReadyAsync() => loading;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        await (await loading.WaitAsync(cancellationToken)).GenerateAsync(values, options, cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : loading.GetAwaiter().GetResult().GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // A model still loading (opening failed for another reason: a corpus folder that does not exist) is waited
        // for and disposed: a process that exits while ONNX Runtime is still building the session can crash on its
        // way out instead of reporting the error it had.
        try
        {
            loading.Wait();
        }
        catch (AggregateException)
        {
            // Loading failed: nothing to dispose, and opening reports its own error.
        }
        if (loading.IsCompletedSuccessfully) loading.Result.Dispose();
    }
}
