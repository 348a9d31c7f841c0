using Microsoft.ML.Tokenizers;

namespace NhsTechQA.Core.Embeddings;

/// <summary>Counts tokens with the local model's BERT tokenizer: chunk budgets stay the same whichever model embeds.</summary>
public sealed class BertTokenCounter(BertTokenizer tokenizer) : ITokenCounter
{
    public static BertTokenCounter FromVocabulary(byte[] vocabulary) =>
        new(HuggingFaceBertTokenizer.Create(new MemoryStream(vocabulary, writable: false)));

    public int CountTokens(string text) => tokenizer.CountTokens(text);
}
