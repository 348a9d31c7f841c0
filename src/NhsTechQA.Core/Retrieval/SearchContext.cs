using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Retrieval;

/// <summary>The searchable form of a <see cref="CorpusIndex"/>: hybrid search over sentences and over chunks, and the speakers.</summary>
public sealed class SearchContext : IDisposable
{
    /// <param name="lexicalFolder">Where the BM25 indexes are kept between processes (named after the index's fingerprint); null: built in memory.</param>
    public SearchContext(CorpusIndex index, RetrievalOptions options, string? lexicalFolder = null)
    {
        Index = index;
        Sentences = new HybridSearcher(new LexicalIndex(index.Sentences.Select(index.TextOf), options, lexicalFolder is null ? null : Path.Combine(lexicalFolder, "sentences")),
            new DenseIndex(index.SentenceVectors), options);
        Chunks = new HybridSearcher(new LexicalIndex(index.Chunks.Select(index.TextOf), options, lexicalFolder is null ? null : Path.Combine(lexicalFolder, "chunks")),
            new DenseIndex(index.ChunkVectors), options);
        Speakers = new SpeakerDirectory(index.Sentences, index.Profiles, index.Documents);
        Roles = new RoleDirectory(index, Speakers, Sentences.Lexical.Analyze, term => Sentences.Lexical.DocumentFrequency(term) > 0);
        // Analysed on first use: a question looks at a few dozen sentences, and analysing all of a large corpus up front costs seconds.
        SentenceTerms = new LazyList<HashSet<string>>(index.Sentences.Count,
            id => Sentences.Lexical.Analyze(index.TextOf(index.Sentences[id])).ToHashSet(StringComparer.Ordinal));
    }

    private Dictionary<string, HashSet<string>>? _documentTerms;

    /// <summary>
    /// The analysed terms of each document's own description (title, event, type, speakers, year and month): words a
    /// question uses to say which document it means ("in his 2013 Policy Exchange speech") rather than what it asks.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> DocumentTerms => _documentTerms ??= Index.Documents.ToDictionary(
        d => d.SourceId,
        d =>
        {
            var metadata = d.Metadata;
            var profile = Index.Profile(d.SourceId);
            var description = string.Join(" ", new[] { metadata.Title, metadata.Event, profile.Event, profile.Affiliation, metadata.Type,
                    metadata.Date?.ToString("yyyy MMMM", System.Globalization.CultureInfo.InvariantCulture) }
                .Concat(metadata.Speakers).OfType<string>());
            return Sentences.Lexical.Analyze(description).ToHashSet(StringComparer.Ordinal);
        }, StringComparer.Ordinal);

    private HashSet<string>? _descriptionTerms;

    /// <summary>Every term of every document's description (<see cref="DocumentTerms"/>): words the corpus uses in metadata only.</summary>
    public IReadOnlySet<string> DescriptionTerms => _descriptionTerms ??= DocumentTerms.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);

    public CorpusIndex Index { get; }
    public HybridSearcher Sentences { get; }
    public HybridSearcher Chunks { get; }
    public SpeakerDirectory Speakers { get; }
    public RoleDirectory Roles { get; }

    /// <summary>The analysed terms of each sentence, for checking which of a question's terms a sentence covers.</summary>
    public IReadOnlyList<HashSet<string>> SentenceTerms { get; }

    public void Dispose()
    {
        Sentences.Lexical.Dispose();
        Chunks.Lexical.Dispose();
    }
}

/// <summary>A fixed-length list whose items are computed on first access (safely from several threads; at worst twice).</summary>
internal sealed class LazyList<T>(int count, Func<int, T> create) : IReadOnlyList<T> where T : class
{
    private readonly T?[] _items = new T?[count];

    public T this[int index] => Volatile.Read(ref _items[index]) ?? Interlocked.CompareExchange(ref _items[index], create(index), null) ?? _items[index]!;

    public int Count => _items.Length;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
