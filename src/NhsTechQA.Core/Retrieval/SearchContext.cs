using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Retrieval;

/// <summary>The searchable form of a <see cref="CorpusIndex"/>: hybrid search over sentences and over chunks, and the speakers.</summary>
public sealed class SearchContext : IDisposable
{
    public SearchContext(CorpusIndex index, RetrievalOptions options)
    {
        Index = index;
        Sentences = new HybridSearcher(new LexicalIndex(index.Sentences.Select(index.TextOf), options), new DenseIndex(index.SentenceVectors), options);
        Chunks = new HybridSearcher(new LexicalIndex(index.Chunks.Select(index.TextOf), options), new DenseIndex(index.ChunkVectors), options);
        Speakers = new SpeakerDirectory(index.Sentences, index.Profiles, index.Documents);
        SentenceTerms = index.Sentences.Select(s => Sentences.Lexical.Analyze(index.TextOf(s)).ToHashSet(StringComparer.Ordinal)).ToArray();
    }

    public CorpusIndex Index { get; }
    public HybridSearcher Sentences { get; }
    public HybridSearcher Chunks { get; }
    public SpeakerDirectory Speakers { get; }

    /// <summary>The analysed terms of each sentence, for checking which of a question's terms a sentence covers.</summary>
    public IReadOnlyList<HashSet<string>> SentenceTerms { get; }

    public void Dispose()
    {
        Sentences.Lexical.Dispose();
        Chunks.Lexical.Dispose();
    }
}
