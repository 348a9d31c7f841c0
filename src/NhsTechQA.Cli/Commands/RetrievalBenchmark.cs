using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Retrieval quality on a BEIR data set: the same chunking, BM25, dense model and fusion as the assistant, ranking
/// documents by their best chunk. Writes TREC runs (top 100 per query) for hybrid, BM25 alone and dense alone.
/// </summary>
public static class RetrievalBenchmark
{
    private const int RunDepth = 100;

    public static Command Create()
    {
        var beir = new Option<string>("--beir") { Description = "BEIR data set folder (corpus.jsonl, queries.jsonl, qrels/)", Required = true };
        var output = new Option<string>("--out") { Description = "TREC run file of the hybrid ranking; bm25/dense/rrf/weighted runs are written beside it", Required = true };
        var split = new Option<string>("--split") { Description = "qrels split whose queries are run", DefaultValueFactory = _ => "test" };
        var chunkTokens = new Option<int>("--chunk-tokens") { Description = "chunk token budget for this benchmark", DefaultValueFactory = _ => 512 };
        var command = new Command("retrieval", "Write TREC runs for a BEIR data set (score them with ndcg.py)") { beir, output, split, chunkTokens };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(() =>
            RunAsync(result.GetValue(beir)!, result.GetValue(output)!, result.GetValue(split)!, result.GetValue(chunkTokens), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string folder, string output, string split, int chunkTokens, CancellationToken cancellationToken)
    {
        var settings = SettingsLoader.Load(null, null);
        var documents = ReadCorpus(Path.Combine(folder, "corpus.jsonl"));
        var queries = ReadQueries(Path.Combine(folder, "queries.jsonl"), ReadQrelQueryIds(Path.Combine(folder, "qrels", $"{split}.tsv")));
        Console.Error.WriteLine($"bench: {documents.Count} documents, {queries.Count} queries");
        using var embeddings = Assistant.CreateEmbeddingGenerator(settings.Embedding);
        var chunker = new Chunker(new ChunkingOptions { MaxTokens = chunkTokens, OverlapSentences = settings.Chunking.OverlapSentences }, embeddings);
        var chunks = new List<Chunk>();
        var sentenceId = 0;
        foreach (var document in documents)
        {
            var sentences = TextSplitter.SplitSentences(document.Text)
                .Select(s => new Sentence(sentenceId++, document.SourceId, s.Start, s.End, s.Paragraph, null, AttributionKind.Narration)).ToList();
            chunks.AddRange(chunker.Split(document.Text, sentences, chunks.Count));
        }
        var texts = documents.ToDictionary(d => d.SourceId, d => d.Text);
        var chunkTexts = chunks.Select(c => texts[c.SourceId][c.Start..c.End]).ToList();
        var stopwatch = Stopwatch.StartNew();
        var (vectors, _) = await ConsoleProgress.RunAsync(progress =>
            new EmbeddingStep(embeddings, settings.Embedding).RunAsync(chunkTexts, new Dictionary<string, float[]>(), progress, cancellationToken));
        Console.Error.WriteLine($"bench: embedded {chunkTexts.Count} chunks in {stopwatch.Elapsed.TotalSeconds:F0} s");
        using var lexical = new LexicalIndex(chunkTexts, settings.Retrieval);
        var dense = new DenseIndex(vectors);
        var runs = new Dictionary<string, List<string>> { ["bm25"] = [], ["dense"] = [], ["rrf"] = [], ["weighted"] = [] };
        var queryVectors = await embeddings.GenerateAsync(queries.Select(q => q.Text), EmbeddingInput.ForQuery(), cancellationToken);
        for (var i = 0; i < queries.Count; i++)
        {
            var lexicalHits = lexical.Search(lexical.Analyze(queries[i].Text), settings.Retrieval.CandidatesPerRetriever);
            var denseHits = dense.Search(queryVectors[i].Vector.ToArray(), settings.Retrieval.CandidatesPerRetriever);
            AppendRun(runs["bm25"], queries[i].Id, "bm25", ByDocument(lexicalHits, chunks));
            AppendRun(runs["dense"], queries[i].Id, "dense", ByDocument(denseHits, chunks));
            AppendRun(runs["rrf"], queries[i].Id, "rrf",
                ByDocument(RankFusion.Reciprocal(lexicalHits, denseHits, settings.Retrieval.RrfK, settings.Retrieval.DenseWeight), chunks));
            AppendRun(runs["weighted"], queries[i].Id, "weighted",
                ByDocument(RankFusion.Weighted(lexicalHits, denseHits, settings.Retrieval.DenseWeight), chunks));
        }
        var hybrid = settings.Retrieval.Fusion.Equals("Weighted", StringComparison.OrdinalIgnoreCase) ? "weighted" : "rrf";
        await AtomicFile.WriteAllLinesAsync(output, runs[hybrid], cancellationToken);
        foreach (var (name, lines) in runs)
            await AtomicFile.WriteAllLinesAsync(Sibling(output, name), lines, cancellationToken);
        Console.WriteLine($"wrote {output} (hybrid, {hybrid}) and {string.Join(", ", runs.Keys.Select(k => Sibling(output, k)))}");
        Console.WriteLine($"score: python3 ndcg.py {Path.Combine(folder, "qrels", $"{split}.tsv")} {output}");
        return ExitCodes.Success;
    }

    private static string Sibling(string output, string name) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $"{Path.GetFileNameWithoutExtension(output)}.{name}{Path.GetExtension(output)}");

    /// <summary>A document scores as its best chunk; documents keep the order of their best chunk.</summary>
    private static List<(string Doc, double Score)> ByDocument(IReadOnlyList<ScoredHit> hits, List<Chunk> chunks)
    {
        var seen = new HashSet<string>();
        var ranked = new List<(string, double)>();
        foreach (var hit in hits)
            if (seen.Add(chunks[hit.Id].SourceId)) ranked.Add((chunks[hit.Id].SourceId, hit.Score));
        return ranked;
    }

    private static void AppendRun(List<string> lines, string queryId, string name, List<(string Doc, double Score)> ranked)
    {
        for (var rank = 0; rank < Math.Min(RunDepth, ranked.Count); rank++)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{queryId} Q0 {ranked[rank].Doc} {rank + 1} {ranked[rank].Score:G9} {name}"));
    }

    private static List<SourceDocument> ReadCorpus(string path) =>
        ReadJsonLines(path).Select(e =>
        {
            var id = e.GetProperty("_id").GetString()!;
            var title = e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var text = e.GetProperty("text").GetString() ?? "";
            return new SourceDocument(id, path, title.Length > 0 ? $"{title}\n{text}" : text, "");
        }).ToList();

    private static List<(string Id, string Text)> ReadQueries(string path, HashSet<string> wanted) =>
        ReadJsonLines(path).Select(e => (Id: e.GetProperty("_id").GetString()!, Text: e.GetProperty("text").GetString()!))
            .Where(q => wanted.Contains(q.Id)).ToList();

    private static HashSet<string> ReadQrelQueryIds(string path)
    {
        if (!File.Exists(path)) throw new InputFileException($"qrels file '{path}' does not exist");
        return File.ReadLines(path).Select(l => l.Split('\t', ' ')).Where(p => p.Length >= 3 && p[0] != "query-id").Select(p => p[0]).ToHashSet();
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        if (!File.Exists(path)) throw new InputFileException($"'{path}' does not exist");
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement element;
            try { element = JsonDocument.Parse(line).RootElement; }
            catch (JsonException) { throw new InputFileException($"{path}:{number}: malformed JSON"); }
            yield return element;
        }
    }
}
