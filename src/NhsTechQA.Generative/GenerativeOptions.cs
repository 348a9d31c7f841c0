namespace NhsTechQA.Generative;

/// <summary>Azure OpenAI. Bound from "AzureOpenAI". The key comes from user secrets or the environment, never the file.</summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";
    public string? Endpoint { get; set; }
    public string? ChatDeployment { get; set; }
    public string? EmbeddingDeployment { get; set; }
    /// <summary>When absent, Microsoft Entra ID through DefaultAzureCredential.</summary>
    public string? ApiKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(ChatDeployment);
}

/// <summary>Any OpenAI-compatible server (OpenAI, a local Ollama or vLLM). Bound from "OpenAI".</summary>
public sealed class OpenAIOptions
{
    public const string Section = "OpenAI";
    /// <summary>Base URL, e.g. http://127.0.0.1:11434/v1; empty means api.openai.com.</summary>
    public string? Endpoint { get; set; }
    public string? ChatModel { get; set; }
    public string? ApiKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ChatModel);
}

/// <summary>How the generative path calls the model. Bound from "Generation".</summary>
public sealed class GenerationOptions
{
    public const string Section = "Generation";
    /// <summary>Total time for one model call, retries included; after it the offline answer is given.</summary>
    public double TimeoutSeconds { get; set; } = 20;
    /// <summary>Time for one HTTP attempt.</summary>
    public double NetworkTimeoutSeconds { get; set; } = 10;
    /// <summary>Retries on timeouts, 429 (honouring Retry-After) and 5xx, by the SDK's retry pipeline.</summary>
    public int MaxRetries { get; set; } = 3;
    public int ContextTokens { get; set; } = 128_000;
    public int MaxAnswerTokens { get; set; } = 700;
    /// <summary>Tiktoken encoding used to count prompt tokens (o200k_base for the gpt-4o family).</summary>
    public string TokenizerEncoding { get; set; } = "o200k_base";
    /// <summary>Numbered passages given to the model.</summary>
    public int Passages { get; set; } = 8;
    /// <summary>Earlier turns given to the query rewriter.</summary>
    public int HistoryTurns { get; set; } = 4;
    public double Temperature { get; set; }
    public string PromptsFolder { get; set; } = "prompts";
}
