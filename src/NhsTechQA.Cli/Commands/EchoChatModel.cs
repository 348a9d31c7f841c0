using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// A chat model that answers instantly by restating the first two numbered passages and adding one claim no
/// passage makes. Used by `bench speed` to time everything the generative path does except the model call.
/// </summary>
public sealed class EchoChatModel : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        var user = string.Join("\n", chatHistory.Where(m => m.Role == AuthorRole.User).Select(m => m.Content));
        var restated = user.Split('\n').Where(l => l.StartsWith('[') && l.Contains(") ", StringComparison.Ordinal)).Take(2)
            .Select(l => $"{l[(l.IndexOf(") ", StringComparison.Ordinal) + 2)..].TrimEnd('.', '”', '"')} [{l[1..l.IndexOf(']')]}].");
        var answer = string.Join(" ", restated) + " The minister promised £9 billion for robots [1].";
        return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, answer)]);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, answer[0].Content);
    }
}
