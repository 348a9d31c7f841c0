using System.Text;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// Everyday words, read from a WordPiece vocabulary (one entry per line): the whole lower-case words a language model
/// was trained to know. Pieces ("##ing"), markers ("[CLS]") and short words are left out.
/// </summary>
public static class CommonWords
{
    public static IReadOnlySet<string> FromVocabulary(byte[] vocabulary) =>
        Encoding.UTF8.GetString(vocabulary).Split('\n', StringSplitOptions.TrimEntries)
            .Where(w => w.Length >= 3 && w.All(c => c is >= 'a' and <= 'z'))
            .ToHashSet(StringComparer.Ordinal);
}
