using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion;

/// <summary>One document after splitting and attribution.</summary>
public sealed record AttributedDocument(SourceDocument Document, IReadOnlyList<Sentence> Sentences, DocumentProfile Profile);

/// <summary>Splits each document into sentences and attributes them to speakers, numbering sentences across the corpus.</summary>
public static class SentenceAttributionStep
{
    public static IReadOnlyList<AttributedDocument> Run(IReadOnlyList<SourceDocument> documents)
    {
        var result = new List<AttributedDocument>(documents.Count);
        var nextId = 0;
        var evidence = new NameEvidence(documents.Select(d => d.Text[d.Metadata.BodyStart..]));
        foreach (var document in documents)
        {
            var spans = TextSplitter.SplitSentences(document.Text, document.Metadata.BodyStart);
            var (sentences, profile) = SpeakerAttributor.Attribute(document, spans, nextId, evidence);
            nextId += sentences.Count;
            result.Add(new AttributedDocument(document, sentences, profile));
        }
        return result;
    }
}
