using NhsTechQA.Core;
using NhsTechQA.Core.Citations;
using NhsTechQA.Generative;

namespace NhsTechQA.Tests;

/// <summary>Azure OpenAI embeddings through the same interface, against the loopback server, with an index of their own.</summary>
public sealed class RemoteEmbeddingTests : IDisposable
{
    private readonly FakeChatServer _server = new();
    private readonly string _index = RepoPaths.NewTempFolder();

    [Fact]
    public async Task Azure_embeddings_build_their_own_index_and_answer_with_verbatim_citations()
    {
        var azure = new AzureOpenAIOptions { Endpoint = _server.BaseUrl, EmbeddingDeployment = "emb-test", ApiKey = "test-key" };
        var remote = ChatModelFactory.CreateEmbeddingGenerator(azure, new GenerationOptions { MaxRetries = 0 });
        Assert.NotNull(remote);
        using var assistant = await Assistant.OpenAsync(AssistantFixture.Settings(_index), remote, null, CancellationToken.None);
        Assert.True(File.Exists(Path.Combine(_index, "azure-openai-emb-test", "index.bin")));
        Assert.False(File.Exists(Path.Combine(_index, "index.bin")));
        Assert.Equal(FakeChatServer.EmbeddingDimensions, assistant.Search.Index.SentenceVectors[0].Length);
        Assert.All(_server.Requests, r => Assert.Contains("emb-test", r.PathAndQuery + r.Body["model"]));
        Assert.Contains(_server.Requests, r => r.PathAndQuery.Contains("/embeddings"));

        // The loopback server's vectors carry no meaning, so whether to answer is not this test's concern: the sentences
        // retrieved over the Azure index must include the passage, among the first three by its words, and every citation must be exact.
        var explained = await assistant.Extractive.ExplainAsync(assistant.NewConversation(), "What did Barclay promise on EPRs?", CancellationToken.None);
        var byWords = explained.Ranked.OrderByDescending(r => r.Lexical).Take(3).Select(r => assistant.Search.Index.TextOf(r.Sentence));
        Assert.Contains(byWords, text => text.Contains("every NHS trust uses an EPR"));
        var answer = await assistant.AskAsync(assistant.NewConversation(), "What did Barclay promise on EPRs?", CancellationToken.None);
        Assert.All(answer.Citations, c => Assert.True(CitationBuilder.IsVerbatim(assistant.Search.Index, c)));
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_index, recursive: true);
    }
}
