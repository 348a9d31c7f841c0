using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Retrieval;

/// <summary>
/// BM25 over a list of passages with Lucene's English analysis (<see cref="CorpusAnalyzer"/>).
/// Hits are reported by position in the list the index was built from. Query text is turned into term queries,
/// never parsed as query syntax, so user text cannot change what is searched for.
/// </summary>
public sealed class LexicalIndex : IDisposable
{
    private const string Field = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Analyzer _analyzer = new CorpusAnalyzer(Version);
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LexicalIndex(IEnumerable<string> passages, RetrievalOptions options) : this(passages, options, null)
    {
    }

    /// <param name="folder">
    /// Where the index is kept between processes (its name must identify the passages, e.g. by the corpus index's
    /// fingerprint): opened as is when it holds as many passages, else built there. Null: in memory.
    /// </param>
    public LexicalIndex(IEnumerable<string> passages, RetrievalOptions options, string? folder)
    {
        var similarity = new BM25Similarity((float)options.Bm25K1, (float)options.Bm25B);
        var list = passages as IReadOnlyList<string> ?? passages.ToList();
        _directory = folder is null ? new RAMDirectory() : OpenOrBuild(folder, list, similarity);
        if (folder is null) Build(_directory, list, similarity);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    private void Build(Lucene.Net.Store.Directory directory, IReadOnlyList<string> passages, BM25Similarity similarity)
    {
        // A log merge policy keeps documents in insertion order, so Lucene's doc ids are list positions.
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = similarity, MergePolicy = new LogByteSizeMergePolicy() };
        using var writer = new IndexWriter(directory, config);
        foreach (var passage in passages)
            writer.AddDocument([new TextField(Field, passage, Lucene.Net.Documents.Field.Store.NO)]);
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The index kept in <paramref name="folder"/>, built into a temporary folder and renamed into place when missing or unreadable.</summary>
    private Lucene.Net.Store.Directory OpenOrBuild(string folder, IReadOnlyList<string> passages, BM25Similarity similarity)
    {
        if (System.IO.Directory.Exists(folder))
        {
            var existing = FSDirectory.Open(folder);
            try
            {
                using (var reader = DirectoryReader.Open(existing))
                    if (reader.NumDocs == passages.Count) return existing;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                // rebuilt below
            }
            existing.Dispose();
            System.IO.Directory.Delete(folder, recursive: true);
        }
        var temporary = $"{folder}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var building = FSDirectory.Open(temporary))
            Build(building, passages, similarity);
        try
        {
            System.IO.Directory.Move(temporary, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process built the same index first: use theirs.
            System.IO.Directory.Delete(temporary, recursive: true);
        }
        return FSDirectory.Open(folder);
    }

    public int Count => _reader.NumDocs;

    /// <summary>Analysed terms of a text, in order, repeats kept.</summary>
    public IReadOnlyList<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(Field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    public int DocumentFrequency(string term) => _reader.DocFreq(new Term(Field, term));

    /// <summary>The corpus's analysed terms that begin with <paramref name="prefix"/>, in order.</summary>
    public IReadOnlyList<string> TermsStartingWith(string prefix)
    {
        var found = new List<string>();
        var terms = MultiFields.GetTerms(_reader, Field);
        if (terms is null || prefix.Length == 0) return found;
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return found;
        do
        {
            var term = enumerator.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add(term);
        }
        while (enumerator.MoveNext());
        return found;
    }

    /// <summary>The positions of the passages that contain an analysed term, in order (the index's postings).</summary>
    public IReadOnlyList<int> Containing(string term)
    {
        var found = new List<int>();
        var postings = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), Field, new BytesRef(term));
        if (postings is null) return found;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc()) found.Add(doc);
        return found;
    }

    /// <summary>BM25 inverse document frequency; a term absent from the corpus gets the largest value.</summary>
    public double InverseDocumentFrequency(string term)
    {
        var n = Math.Max(1, Count);
        var df = DocumentFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    public IReadOnlyList<ScoredHit> Search(IReadOnlyList<string> terms, int top)
    {
        if (terms.Count == 0 || Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
        {
            var clause = new TermQuery(new Term(Field, group.Key)) { Boost = group.Count() };
            query.Add(clause, Occur.SHOULD);
        }
        var docs = _searcher.Search(query, Math.Min(top, Count));
        return docs.ScoreDocs.Select(d => new ScoredHit(d.Doc, d.Score)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

/// <summary>A passage, by position, with its score from one retriever.</summary>
public readonly record struct ScoredHit(int Id, double Score);
