using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Citations;

/// <summary>
/// A numbered citation: an exact character span [Start, End) of a source document, its verbatim text, and the
/// person the passage is attributed to.
/// </summary>
public sealed record Citation(int N, string Source, int Start, int End, string Quote, string? Speaker)
{
    /// <summary>Where to read the passage: the page with a text fragment, or the bot's signed /documents page (see <see cref="CitationLinker"/>).</summary>
    public string? Link { get; init; }
}

public static class CitationBuilder
{
    /// <summary>Numbers the sentences from 1 and checks each quote against the document text before it is shown.</summary>
    public static IReadOnlyList<Citation> Build(CorpusIndex index, IReadOnlyList<Sentence> sentences)
    {
        var citations = new List<Citation>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var text = index.Document(sentence.SourceId).Text;
            if (sentence.Start < 0 || sentence.End > text.Length || sentence.Start >= sentence.End)
                throw new InvalidOperationException($"citation span {sentence.Start}-{sentence.End} is outside '{sentence.SourceId}'");
            citations.Add(new Citation(citations.Count + 1, sentence.SourceId, sentence.Start, sentence.End,
                text[sentence.Start..sentence.End], sentence.Speaker));
        }
        return citations;
    }

    /// <summary>Whether a citation's quote is exactly its span of the document: the contract every output keeps.</summary>
    public static bool IsVerbatim(CorpusIndex index, Citation citation)
    {
        var text = index.Document(citation.Source).Text;
        return citation.Start >= 0 && citation.End <= text.Length && citation.Start < citation.End
               && string.Equals(text[citation.Start..citation.End], citation.Quote, StringComparison.Ordinal);
    }
}
