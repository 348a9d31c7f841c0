namespace NhsTechQA.Core.Configuration;

/// <summary>All settings of the assistant, bound from configuration by the host.</summary>
public sealed record NhsTechQASettings(
    CorpusOptions Corpus,
    IndexOptions Index,
    ChunkingOptions Chunking,
    EmbeddingOptions Embedding,
    RetrievalOptions Retrieval,
    AnsweringOptions Answering,
    GlossaryOptions Glossary,
    VerificationOptions Verification)
{
    public static NhsTechQASettings Defaults() => new(new(), new(), new(), new(), new(), new(), new(), new());

    /// <summary>Checks the values a typo could make meaningless; the message names the setting.</summary>
    public void Validate()
    {
        Require(Corpus.Folders.Count > 0, "Corpus:Folders must name at least one folder");
        Require(Chunking.MaxTokens is >= 16 and <= 512, $"Chunking:MaxTokens must be between 16 and 512 (is {Chunking.MaxTokens})");
        Require(Chunking.OverlapSentences >= 0, "Chunking:OverlapSentences must not be negative");
        Require(Embedding.BatchSize is >= 1 and <= 1024, $"Embedding:BatchSize must be between 1 and 1024 (is {Embedding.BatchSize})");
        Require(Embedding.MaxTokens is >= 16 and <= 512, $"Embedding:MaxTokens must be between 16 and 512 (is {Embedding.MaxTokens})");
        Require(Embedding.Provider.Equals("Local", StringComparison.OrdinalIgnoreCase), $"Embedding:Provider '{Embedding.Provider}' is not supported (use Local)");
        Require(Retrieval.Fusion is "Rrf" or "Weighted", $"Retrieval:Fusion must be Rrf or Weighted (is '{Retrieval.Fusion}')");
        Require(Retrieval.DenseWeight is >= 0 and <= 1, "Retrieval:DenseWeight must be between 0 and 1");
        Require(Retrieval.CandidatesPerRetriever >= 1, "Retrieval:CandidatesPerRetriever must be at least 1");
        Require(Answering.MaxCitations is >= 1 and <= 20, "Answering:MaxCitations must be between 1 and 20");
        Require(Answering.MaxQuestionChars >= 10, "Answering:MaxQuestionChars must be at least 10");
        Require(Answering.RelativeScoreCutoff is > 0 and <= 1, "Answering:RelativeScoreCutoff must be in (0, 1]");
        Require(Answering.Mode is "Auto" or "Generative" or "Extractive", $"Answering:Mode must be Auto, Generative or Extractive (is '{Answering.Mode}')");
        Require(Answering.ConversationTurnsKept >= 1, "Answering:ConversationTurnsKept must be at least 1");
        Require(Answering.QuotationParagraphChars >= 0, "Answering:QuotationParagraphChars must be 0 (off) or more");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ConfigurationException(message);
    }
}

/// <summary>A setting that is wrong; the message names it.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
