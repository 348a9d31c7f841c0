using Microsoft.Extensions.AI;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// Serves concurrent single-text requests (one query per user question) with shared model runs: while one run is
/// in progress, new requests wait and are then embedded together as one batch. An idle generator runs a request at
/// once, so this adds no delay without load and turns many small runs into a few larger ones under load.
/// </summary>
public sealed class CoalescingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, int maxBatch)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private sealed record Pending(string Text, bool IsQuery, TaskCompletionSource<Embedding<float>> Result);

    private readonly object _gate = new();
    private readonly List<Pending> _queue = [];
    private bool _draining;

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        // Bulk requests (indexing) are already batched; only options the batch can share are coalesced.
        if (texts.Count != 1 || (options is not null && !EmbeddingInput.IsQuery(options) || options?.AdditionalProperties?.Count > 1))
            return await base.GenerateAsync(texts, options, cancellationToken);
        var pending = new Pending(texts[0], EmbeddingInput.IsQuery(options), new TaskCompletionSource<Embedding<float>>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (_gate)
        {
            _queue.Add(pending);
            start = !_draining;
            _draining = true;
        }
        // The request that finds the generator idle runs the first batch itself (no thread hop for a lone user);
        // batches that queued meanwhile are run on the thread pool.
        if (start) await DrainAsync(returnAfterFirstBatch: true);
        return [await pending.Result.Task.WaitAsync(cancellationToken)];
    }

    private async Task DrainAsync(bool returnAfterFirstBatch)
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return;
                }
                // One kind per run (queries and passages are embedded differently); the rest wait for the next run.
                var kind = _queue[0].IsQuery;
                batch = _queue.Where(p => p.IsQuery == kind).Take(maxBatch).ToList();
                foreach (var item in batch) _queue.Remove(item);
            }
            await RunAsync(batch);
            if (!returnAfterFirstBatch) continue;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return;
                }
            }
            _ = Task.Run(() => DrainAsync(returnAfterFirstBatch: false), CancellationToken.None);
            return;
        }
    }

    private async Task RunAsync(List<Pending> batch)
    {
        try
        {
            var options = batch[0].IsQuery ? EmbeddingInput.ForQuery() : null;
            var embeddings = await base.GenerateAsync(batch.Select(p => p.Text).ToList(), options, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++) batch[i].Result.TrySetResult(embeddings[i]);
        }
        catch (Exception e)
        {
            foreach (var item in batch) item.Result.TrySetException(e);
        }
    }
}
