using System.Globalization;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// Builds a <see cref="BertTokenizer"/> that yields the ids of the Hugging Face uncased BERT tokenizer the model was
/// trained with. The library defaults drop symbols such as '£' and join words across line breaks, which changes
/// both token counts and embeddings.
/// </summary>
public static class HuggingFaceBertTokenizer
{
    public static BertTokenizer Create(Stream vocabulary) =>
        BertTokenizer.Create(vocabulary, new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            RemoveNonSpacingMarks = true,
            ApplyBasicTokenization = true,
            Normalizer = new BasicNormalizer(),
            PreTokenizer = new BasicPreTokenizer(),
        });

    /// <summary>HF BasicTokenizer's cleaning: drop control characters, map every white space to a space, lower-case, strip accents.</summary>
    private sealed class BasicNormalizer : Normalizer
    {
        public override string Normalize(string original) => Normalize(original.AsSpan());

        public override string Normalize(ReadOnlySpan<char> original)
        {
            var cleaned = new StringBuilder(original.Length);
            foreach (var c in original)
            {
                if (c is '\0' or '\uFFFD') continue;
                var category = char.GetUnicodeCategory(c);
                if (char.IsWhiteSpace(c) || category == UnicodeCategory.SpaceSeparator) { cleaned.Append(' '); continue; }
                if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) continue;
                cleaned.Append(c);
            }
            string decomposed;
            try
            {
                decomposed = cleaned.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                // Text with a lone surrogate cannot be normalised; it is still tokenised (as [UNK] where it stands).
                decomposed = cleaned.ToString().ToLowerInvariant();
            }
            var result = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
                if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) result.Append(c);
            return result.ToString();
        }
    }

    /// <summary>HF BasicTokenizer's split: on white space, and around every punctuation mark and CJK character.</summary>
    private sealed class BasicPreTokenizer : PreTokenizer
    {
        public override IEnumerable<(int Offset, int Length)> PreTokenize(string text) => Split(text.AsSpan());

        public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) => Split(text);

        private static List<(int Offset, int Length)> Split(ReadOnlySpan<char> text)
        {
            var pieces = new List<(int, int)>();
            var start = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var alone = IsPunctuation(c) || IsCjk(c);
                if (char.IsWhiteSpace(c) || alone)
                {
                    if (start >= 0) { pieces.Add((start, i - start)); start = -1; }
                    if (alone) pieces.Add((i, 1));
                    continue;
                }
                if (start < 0) start = i;
            }
            if (start >= 0) pieces.Add((start, text.Length - start));
            return pieces;
        }

        // HF counts all ASCII non-alphanumerics as punctuation, plus Unicode P* categories; currency signs (£) are not.
        private static bool IsPunctuation(char c)
        {
            if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~') return true;
            return char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
        }

        private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
    }
}
