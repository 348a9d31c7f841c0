using System.Collections.Concurrent;
using NhsTechQA.Core.Answering;

namespace NhsTechQA.Bot.Hosting;

/// <summary>
/// Per-conversation memory for follow-ups, bounded in number (least recently used go first) and in age (idle
/// conversations are forgotten). Each conversation is used by one request at a time.
/// </summary>
public sealed class ConversationStore(BotOptions options, Func<Conversation> create, TimeProvider time)
{
    private sealed class Entry(Conversation conversation, DateTimeOffset lastUsed)
    {
        public Conversation Conversation { get; } = conversation;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Runs an action with the conversation's memory, serialised per conversation.</summary>
    public async Task<T> UseAsync<T>(string conversationId, Func<Conversation, Task<T>> action, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(conversationId,
            _ => new Entry(create(), now),
            (_, existing) => now - existing.LastUsed > Idle ? new Entry(create(), now) : existing);
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            entry.LastUsed = time.GetUtcNow();
            return await action(entry.Conversation);
        }
        finally
        {
            entry.Gate.Release();
            Evict();
        }
    }

    public void Reset(string conversationId) => _entries.TryRemove(conversationId, out _);

    private TimeSpan Idle => TimeSpan.FromMinutes(options.ConversationIdleMinutes);

    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var (id, entry) in _entries)
            if (now - entry.LastUsed > Idle) _entries.TryRemove(id, out _);
        var excess = _entries.Count - options.MaxConversations;
        if (excess <= 0) return;
        foreach (var (id, _) in _entries.OrderBy(e => e.Value.LastUsed).Take(excess).ToList())
            _entries.TryRemove(id, out _);
    }
}
