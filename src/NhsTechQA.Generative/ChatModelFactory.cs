using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NhsTechQA.Core.Configuration;
using OpenAI;

namespace NhsTechQA.Generative;

/// <summary>Which chat model is in use, for `nhsqa config` and notices; never carries the key itself.</summary>
public sealed record ChatProvider(string Name, string Endpoint, string Model, string KeySetting, string? MaskedKey);

/// <summary>
/// Builds a Semantic Kernel with the configured chat model: Azure OpenAI first, then an OpenAI-compatible server.
/// Retries (timeouts, 429 with Retry-After, 5xx) are the SDK pipeline's, with the configured attempt count and timeout.
/// </summary>
public static class ChatModelFactory
{
    public static ChatProvider? Describe(AzureOpenAIOptions azure, OpenAIOptions openAI)
    {
        if (azure.IsConfigured)
            return new ChatProvider("Azure OpenAI", azure.Endpoint!, azure.ChatDeployment!, "AzureOpenAI:ApiKey",
                string.IsNullOrEmpty(azure.ApiKey) ? null : Mask(azure.ApiKey));
        if (openAI.IsConfigured)
            return new ChatProvider("OpenAI-compatible", string.IsNullOrWhiteSpace(openAI.Endpoint) ? "https://api.openai.com/v1" : openAI.Endpoint,
                openAI.ChatModel!, "OpenAI:ApiKey", string.IsNullOrEmpty(openAI.ApiKey) ? null : Mask(openAI.ApiKey));
        return null;
    }

    /// <summary>The first and last two characters at most, so a user can tell which key is loaded without revealing it.</summary>
    public static string Mask(string key) => key.Length <= 8 ? new string('*', key.Length) : $"{key[..2]}…{key[^2..]} ({key.Length} characters)";

    public static Kernel? CreateKernel(AzureOpenAIOptions azure, OpenAIOptions openAI, GenerationOptions generation)
    {
        var builder = Kernel.CreateBuilder();
        var retry = new ClientRetryPolicy(Math.Max(0, generation.MaxRetries));
        var networkTimeout = TimeSpan.FromSeconds(generation.NetworkTimeoutSeconds);
        if (azure.IsConfigured)
        {
            builder.AddAzureOpenAIChatCompletion(azure.ChatDeployment!, CreateAzureClient(azure, generation));
            return builder.Build();
        }
        if (openAI.IsConfigured)
        {
            var options = new OpenAIClientOptions { RetryPolicy = retry, NetworkTimeout = networkTimeout };
            if (!string.IsNullOrWhiteSpace(openAI.Endpoint)) options.Endpoint = ParseEndpoint(openAI.Endpoint, "OpenAI:Endpoint");
            // Local servers (Ollama, vLLM) accept any key; the SDK requires one.
            var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(openAI.ApiKey) ? "unused" : openAI.ApiKey), options);
            builder.AddOpenAIChatCompletion(openAI.ChatModel!, client);
            return builder.Build();
        }
        return null;
    }

    /// <summary>Azure OpenAI embeddings when AzureOpenAI:EmbeddingDeployment is set, behind the same interface as the local model.</summary>
    public static (IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId)? CreateEmbeddingGenerator(
        AzureOpenAIOptions azure, GenerationOptions generation)
    {
        if (string.IsNullOrWhiteSpace(azure.EmbeddingDeployment)) return null;
        if (string.IsNullOrWhiteSpace(azure.Endpoint))
            throw new ConfigurationException("AzureOpenAI:EmbeddingDeployment is set but AzureOpenAI:Endpoint is not");
        var client = CreateAzureClient(azure, generation);
        return (client.GetEmbeddingClient(azure.EmbeddingDeployment).AsIEmbeddingGenerator(), $"azure-openai-{azure.EmbeddingDeployment}");
    }

    private static AzureOpenAIClient CreateAzureClient(AzureOpenAIOptions azure, GenerationOptions generation)
    {
        var endpoint = ParseEndpoint(azure.Endpoint!, "AzureOpenAI:Endpoint");
        var options = new AzureOpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(Math.Max(0, generation.MaxRetries)),
            NetworkTimeout = TimeSpan.FromSeconds(generation.NetworkTimeoutSeconds),
        };
        return string.IsNullOrEmpty(azure.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), options)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(azure.ApiKey), options);
    }

    private static Uri ParseEndpoint(string value, string setting) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ConfigurationException($"{setting} '{value}' is not an http(s) URL");
}
