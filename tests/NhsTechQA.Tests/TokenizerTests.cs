using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Tests;

public sealed class TokenizerTests
{
    private static readonly Lazy<Microsoft.ML.Tokenizers.BertTokenizer> Tokenizer = new(() =>
    {
        var model = EmbeddedModel.Load(new EmbeddingOptions());
        return HuggingFaceBertTokenizer.Create(new MemoryStream(model.Vocabulary));
    });

    // Expected ids are those of the Hugging Face BERT uncased tokenizer (BasicTokenizer + WordPiece) over the model's
    // vocab.txt, computed with a reference implementation of that algorithm.
    [Fact]
    public void Pound_sign_is_kept_as_the_reference_tokenizer_does() =>
        Assert.Equal([101, 1037, 14534, 12740, 2454, 9932, 2400, 102], Tokenizer.Value.EncodeToIds("a £140 million AI award"));

    [Fact]
    public void Newlines_separate_words_and_accents_are_stripped() =>
        Assert.Equal([101, 2240, 2028, 2240, 2048, 1516, 1523, 9339, 1524, 7668, 17237, 2595, 1521, 1055, 102],
            Tokenizer.Value.EncodeToIds("line one\nline two – “quoted” café NHSX’s"));
}
