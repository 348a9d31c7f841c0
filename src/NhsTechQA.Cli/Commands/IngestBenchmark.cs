using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NhsTechQA.Core;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Ingestion at scale, measured on a BEIR corpus written out as one .txt file per document: a full ingest against
/// the raw model's tokens/s on the same texts, re-ingest after one document changes, re-pointing --corpus to a
/// subset and back, a fresh `ask` over the index, and the peak resident memory of those processes. Every ingest
/// and ask is a fresh `nhsqa` process, as a user would run it.
/// </summary>
public static partial class IngestBenchmark
{
    private static readonly TimeSpan MemoryPollInterval = TimeSpan.FromMilliseconds(100);

    public static Command Create()
    {
        var beir = new Option<string>("--beir") { Description = "BEIR data set folder (its corpus.jsonl is used)", Required = true };
        var documents = new Option<int>("--documents") { Description = "Use only the first N documents (0: all)", DefaultValueFactory = _ => 0 };
        var work = new Option<string?>("--work") { Description = "Folder for the corpus and index (default: a new temporary folder, deleted afterwards)" };
        var rawShare = new Option<double>("--raw-share") { Description = "Share of the texts (every k-th by length) the raw model is timed on", DefaultValueFactory = _ => 1.0 };
        var freshRuns = new Option<int>("--fresh-runs") { Description = "Fresh `ask` processes to time", DefaultValueFactory = _ => 5 };
        var incremental = new Option<bool>("--incremental-only") { Description = "With --work holding an earlier run: skip the full ingest and the raw model, measure the rest" };
        var command = new Command("ingest", "Measure ingestion at scale on a BEIR corpus (full, one change, re-pointing, fresh ask, memory)")
            { beir, documents, work, rawShare, freshRuns, incremental };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(() => RunAsync(
            result.GetValue(beir)!, result.GetValue(documents), result.GetValue(work), result.GetValue(rawShare), result.GetValue(freshRuns),
            result.GetValue(incremental), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string beir, int limit, string? workFolder, double rawShare, int freshRuns, bool incrementalOnly, CancellationToken cancellationToken)
    {
        if (incrementalOnly && workFolder is null) throw new InputFileException("--incremental-only needs --work with an earlier run");
        if (rawShare is <= 0 or > 1) throw new InputFileException("--raw-share must be in (0, 1]");
        var corpusFile = Path.Combine(beir, "corpus.jsonl");
        if (!File.Exists(corpusFile)) throw new InputFileException($"'{corpusFile}' does not exist");
        var root = workFolder is null ? Path.Combine(Path.GetTempPath(), $"nhsqa-ingest-bench-{Guid.NewGuid():N}") : Path.GetFullPath(workFolder);
        var corpus = Path.Combine(root, "corpus");
        var subset = Path.Combine(root, "subset");
        var index = Path.Combine(root, "index");
        try
        {
            var full = new Run(0, 0, 0, "");
            if (incrementalOnly)
            {
                if (!File.Exists(Path.Combine(index, "index.bin"))) throw new InputFileException($"no index in '{index}' to measure incrementally");
                var restored = await IngestAsync(corpus, index, cancellationToken);
                Console.WriteLine($"corpus: {Directory.GetFiles(corpus).Length} documents in {corpus} (earlier run; {restored.Embedded} texts embedded to bring it up to date)");
                var (tokens, rawTokensPerSecond, rawTexts) = await MeasureRawModelAsync(corpus, index, rawShare, cancellationToken);
                Console.WriteLine($"raw model: {rawTokensPerSecond:F0} tokens/s on {rawTexts:N0} texts (the index holds {tokens:N0} tokens of sentences and chunks){Load()}");
            }
            else
            {
                // A fresh index folder: the full ingest must embed everything, not find an earlier run's cache.
                if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
                var written = WriteCorpus(corpusFile, corpus, subset, limit);
                Console.WriteLine($"corpus: {written} documents from {corpusFile} in {corpus}");

                full = await IngestAsync(corpus, index, cancellationToken);
                Console.WriteLine($"full ingest: {full.Seconds:F1} s, {full.Embedded} texts embedded, peak memory {full.PeakMegabytes:F0} MB{Load()}");

                var (tokens, rawTokensPerSecond, rawTexts) = await MeasureRawModelAsync(corpus, index, rawShare, cancellationToken);
                var ingestTokensPerSecond = tokens / full.Seconds;
                Console.WriteLine($"throughput: ingest {ingestTokensPerSecond:F0} tokens/s ({tokens:N0} tokens of sentences and chunks, end to end); " +
                                  $"raw model {rawTokensPerSecond:F0} tokens/s on {rawTexts:N0} of the same texts; ingest/raw = {ingestTokensPerSecond / rawTokensPerSecond:P0} (bar >= 80%){Load()}");
            }

            var changed = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).First();
            await File.AppendAllTextAsync(changed, $"\nThis sentence was added at {DateTime.UtcNow:O} to change one document for the benchmark.", cancellationToken);
            var one = await IngestAsync(corpus, index, cancellationToken);
            Console.WriteLine($"re-ingest after changing one document: {one.Seconds:F2} s, {one.Embedded} texts embedded (bar <= 5 s){Load()}");

            var toSubset = await IngestAsync(subset, index, cancellationToken);
            var back = await IngestAsync(corpus, index, cancellationToken);
            Console.WriteLine($"re-point --corpus to a subset ({Directory.GetFiles(subset).Length} documents): {toSubset.Seconds:F2} s, {toSubset.Embedded} texts embedded; " +
                              $"back to the full corpus: {back.Seconds:F2} s, {back.Embedded} texts embedded (bar: 0 and 0){Load()}");

            var question = "What happens to cerebral white matter in newborns?";
            var asks = new List<Run>();
            for (var i = 0; i < freshRuns; i++) asks.Add(await RunNhsqaAsync(["ask", question, "--corpus", corpus, "--index", index], cancellationToken));
            // The first ask after an ingest builds the BM25 indexes of the new index (ingest itself does not); later ones open them.
            var times = asks.Skip(1).Select(a => a.Seconds).Order().ToList();
            if (times.Count == 0) times.Add(asks[0].Seconds);
            Console.WriteLine($"fresh process ask: first after the ingest {asks[0].Seconds:F2} s (builds BM25), then {times.Count} runs median {EvalCommand.Percentile(times, 0.5):F2} s, max {times[^1]:F2} s (bar <= 2 s), " +
                              $"peak memory {asks.Max(a => a.PeakMegabytes):F0} MB{Load()}");
            Console.WriteLine($"peak memory (resident, largest process): ingest {new[] { full, one, toSubset, back }.Max(r => r.PeakMegabytes):F0} MB, " +
                              $"ask {asks.Max(a => a.PeakMegabytes):F0} MB");
            return ExitCodes.Success;
        }
        finally
        {
            if (workFolder is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Writes each abstract (title, blank line, text) as &lt;id&gt;.txt; every other one also into the subset folder.</summary>
    private static int WriteCorpus(string corpusFile, string corpus, string subset, int limit)
    {
        if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        if (Directory.Exists(subset)) Directory.Delete(subset, recursive: true);
        Directory.CreateDirectory(corpus);
        Directory.CreateDirectory(subset);
        var count = 0;
        foreach (var line in File.ReadLines(corpusFile))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (limit > 0 && count >= limit) break;
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("_id").GetString()!;
            var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            if (string.IsNullOrWhiteSpace(text)) continue;
            var content = title.Length > 0 ? $"{title}\n\n{text}\n" : $"{text}\n";
            File.WriteAllText(Path.Combine(corpus, $"{id}.txt"), content);
            if (count % 2 == 0) File.WriteAllText(Path.Combine(subset, $"{id}.txt"), content);
            count++;
        }
        return count;
    }

    /// <summary>The machine's load average, since these figures mean little on a machine shared with other work.</summary>
    private static string Load() =>
        File.Exists("/proc/loadavg") ? $"; load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores" : "";

    private sealed record Run(double Seconds, int Embedded, double PeakMegabytes, string Output);

    private static async Task<Run> IngestAsync(string corpus, string index, CancellationToken cancellationToken)
    {
        var run = await RunNhsqaAsync(["ingest", "--corpus", corpus, "--index", index], cancellationToken);
        var built = BuiltPattern().Match(run.Output);
        return run with { Embedded = built.Success ? int.Parse(built.Groups[1].Value) : 0 };
    }

    [GeneratedRegex(@"built \((\d+) texts embedded\)")]
    private static partial Regex BuiltPattern();

    /// <summary>Runs `nhsqa` as a fresh process, timing it and sampling its peak resident memory until it exits.</summary>
    private static async Task<Run> RunNhsqaAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nhsqa.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        var exited = process.WaitForExitAsync(cancellationToken);
        while (!exited.IsCompleted)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // exited between the check and the read
            }
            await Task.WhenAny(exited, Task.Delay(MemoryPollInterval, cancellationToken));
        }
        await exited;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var stdout = await output;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"nhsqa {string.Join(' ', arguments)} exited with {process.ExitCode}: {(await error).Trim()}");
        return new Run(seconds, 0, peak / 1048576.0, stdout);
    }

    /// <summary>The raw model on the texts the index embedded (sentences and chunks), in length-sorted batches: tokens/s.</summary>
    private static async Task<(long Tokens, double TokensPerSecond, int Texts)> MeasureRawModelAsync(
        string corpus, string index, double share, CancellationToken cancellationToken)
    {
        var settings = SettingsLoader.Load([corpus], index);
        using var model = Assistant.CreateEmbeddingGenerator(settings.Embedding);
        var builder = Assistant.CreateIndexBuilder(settings, model, model, settings.Embedding.ModelId);
        var load = await builder.LoadOrBuildAsync(settings.Corpus.Folders, null, cancellationToken);
        var built = load.Index;
        var texts = built.Sentences.Select(built.TextOf).Concat(built.Chunks.Select(built.TextOf)).Distinct(StringComparer.Ordinal).ToList();
        var max = Math.Min(settings.Embedding.MaxTokens, 512);
        var tokens = texts.ToDictionary(t => t, t => Math.Min(max, model.CountTokens(t)), StringComparer.Ordinal);
        var total = tokens.Values.Sum(v => (long)v);
        // Batches as the ingest makes them (texts sorted by token count, BatchSize each); every k-th batch is timed,
        // one model call per batch, so the sample pads exactly as the full run does.
        var step = Math.Max(1, (int)Math.Round(1 / share));
        var batchSize = settings.Embedding.BatchSize;
        var batches = texts.OrderBy(t => tokens[t]).Chunk(batchSize).Where((_, i) => i % step == 0).ToList();
        await model.GenerateAsync(batches[0], null, cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        foreach (var batch in batches) await model.GenerateAsync(batch, null, cancellationToken);
        var sample = batches.SelectMany(b => b).ToList();
        var rate = sample.Sum(t => (long)tokens[t]) / stopwatch.Elapsed.TotalSeconds;
        return (total, rate, sample.Count);
    }
}
