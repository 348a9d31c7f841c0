namespace NhsTechQA.Core.Retrieval;

/// <summary>
/// A bounded, thread-safe cache of query vectors by exact query text, least recently used evicted first. Embedding
/// the query is most of an offline answer's cost, and the same questions come up again and again.
/// </summary>
public sealed class QueryEmbeddingCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recency = new();

    public async Task<float[]> GetOrAddAsync(string text, Func<string, Task<float[]>> embed)
    {
        if (capacity <= 0) return await embed(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Vector;
            }
        }
        var vector = await embed(text);
        lock (_gate)
        {
            if (_entries.ContainsKey(text)) return vector;
            _entries[text] = _recency.AddFirst((text, vector));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Text);
                _recency.RemoveLast();
            }
        }
        return vector;
    }
}
