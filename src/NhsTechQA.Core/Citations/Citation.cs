using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Citations;

/// <summary>
/// A numbered citation: an exact character span [Start, End) of a source document's extracted text, its verbatim
/// text, and the person the passage is attributed to; with the document's title, date and address, and for a PDF
/// the page the span starts on.
/// </summary>
public sealed record Citation(int N, string Source, int Start, int End, string Quote, string? Speaker)
{
    public string? Title { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary><see cref="Date"/> gives only a month (<see cref="DocumentMetadata.MonthOnly"/>).</summary>
    public bool MonthOnly { get; init; }
    public string? Url { get; init; }
    /// <summary>The 1-based PDF page of the span's start; null for documents without pages.</summary>
    public int? Page { get; init; }
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
            var document = index.Document(sentence.SourceId);
            var text = document.Text;
            if (sentence.Start < 0 || sentence.End > text.Length || sentence.Start >= sentence.End)
                throw new InvalidOperationException($"citation span {sentence.Start}-{sentence.End} is outside '{sentence.SourceId}'");
            citations.Add(new Citation(citations.Count + 1, sentence.SourceId, sentence.Start, sentence.End,
                text[sentence.Start..sentence.End], sentence.Speaker)
            {
                Title = document.Metadata.ShownTitle,
                Date = document.Metadata.Date,
                MonthOnly = document.Metadata.MonthOnly,
                Url = document.Metadata.Url,
                Page = document.PageAt(sentence.Start),
            });
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
