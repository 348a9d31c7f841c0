using System.CommandLine;
using System.Diagnostics;
using NhsTechQA.Core;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NhsTechQA.Core.Answering;
using NhsTechQA.Generative;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Speed, measured rather than asserted in tests: warm answer latency, index build throughput against the raw
/// model's batch throughput on the same texts, and `ask` as a fresh process with the index already built.
/// </summary>
public static class SpeedBenchmark
{
    public static Command Create(CommonOptions common)
    {
        var questions = new Option<string>("--questions") { Description = "Questions, one per line", DefaultValueFactory = _ => Path.Combine("bench", "questions.txt") };
        var rounds = new Option<int>("--rounds") { Description = "Times each question is asked for the latency figures", DefaultValueFactory = _ => 10 };
        var freshRuns = new Option<int>("--fresh-runs") { Description = "Fresh `ask` processes to time", DefaultValueFactory = _ => 5 };
        var command = new Command("speed", "Measure warm answer latency, index build throughput and fresh-process ask time") { questions, rounds, freshRuns };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var path = result.GetValue(questions)!;
            if (!File.Exists(path)) throw new InputFileException($"questions file '{path}' does not exist");
            var list = File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            var settings = common.LoadSettings(result);
            using (var assistant = await common.OpenAsync(result, cancellationToken))
            {
                await MeasureLatencyAsync(assistant, list, result.GetValue(rounds), cancellationToken);
                await MeasureVerificationOverheadAsync(assistant, list, result.GetValue(rounds), cancellationToken);
                await MeasureBuildThroughputAsync(assistant, cancellationToken);
            }
            await MeasureFreshProcessAsync(settings.Index.Folder, settings.Corpus.Folders, list[0], result.GetValue(freshRuns), cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }

    // A warm process is one whose JIT has settled: methods are promoted to optimised code after some 30 calls,
    // compiled in the background, so warm-up runs past that and then lets the background compiler finish.
    private const int WarmUpRounds = 15;
    private static readonly TimeSpan JitSettle = TimeSpan.FromSeconds(1);

    private static async Task WarmUpAsync(Func<string, Task> ask, List<string> questions)
    {
        for (var round = 0; round < WarmUpRounds; round++)
            foreach (var question in questions) await ask(question);
        await Task.Delay(JitSettle);
    }

    private static async Task MeasureLatencyAsync(Assistant assistant, List<string> questions, int rounds, CancellationToken cancellationToken)
    {
        await WarmUpAsync(q => assistant.AskAsync(assistant.NewConversation(), q, cancellationToken), questions);
        var latencies = new List<double>();
        for (var round = 0; round < rounds; round++)
            foreach (var question in questions)
            {
                var stopwatch = Stopwatch.StartNew();
                await assistant.AskAsync(assistant.NewConversation(), question, cancellationToken);
                latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        latencies.Sort();
        Console.WriteLine($"warm answer latency: {latencies.Count} answers, p50 {EvalCommand.Percentile(latencies, 0.5):F1} ms, " +
                          $"p95 {EvalCommand.Percentile(latencies, 0.95):F1} ms, max {latencies[^1]:F1} ms");
    }

    /// <summary>The generative path with a model that answers instantly: prompt rendering, token budgeting, verification, citations.</summary>
    private static async Task MeasureVerificationOverheadAsync(Assistant assistant, List<string> questions, int rounds, CancellationToken cancellationToken)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(new EchoChatModel());
        var prompts = PromptLibrary.Load(Path.GetFullPath(new GenerationOptions().PromptsFolder));
        var answerer = new GenerativeAnswerer(assistant.Extractive, assistant.Search, builder.Build(), prompts, new GenerationOptions(),
            assistant.Settings.Verification, new ChatProvider("echo", "in-process", "echo", "none", null));
        await WarmUpAsync(q => answerer.AskAsync(assistant.NewConversation(), q, cancellationToken), questions);
        var latencies = new List<double>();
        var generative = 0;
        for (var round = 0; round < rounds; round++)
            foreach (var question in questions)
            {
                var stopwatch = Stopwatch.StartNew();
                var answer = await answerer.AskAsync(assistant.NewConversation(), question, cancellationToken);
                latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
                if (answer.Mode == Answer.GenerativeMode) generative++;
            }
        latencies.Sort();
        Console.WriteLine($"generative path without the model call (retrieval, prompt, verification): {latencies.Count} answers ({generative} generative), " +
                          $"p50 {EvalCommand.Percentile(latencies, 0.5):F1} ms, p95 {EvalCommand.Percentile(latencies, 0.95):F1} ms");
    }

    private static async Task MeasureBuildThroughputAsync(Assistant assistant, CancellationToken cancellationToken)
    {
        if (assistant.Embeddings is not NhsTechQA.Core.Embeddings.LocalOnnxEmbeddingGenerator)
        {
            Console.WriteLine("index build: skipped (throughput is measured for the local model only)");
            return;
        }
        var index = assistant.Search.Index;
        var texts = index.Sentences.Select(index.TextOf).Concat(index.Chunks.Select(index.TextOf)).Distinct(StringComparer.Ordinal).ToList();
        // Raw model: the same texts, length-sorted batches, nothing else.
        await assistant.Embeddings.GenerateAsync(texts.Take(assistant.Settings.Embedding.BatchSize), null, cancellationToken);
        var raw = Stopwatch.StartNew();
        await assistant.Embeddings.GenerateAsync(texts, null, cancellationToken);
        var rawRate = texts.Count / raw.Elapsed.TotalSeconds;
        // Full pipeline: read, split, attribute, chunk, embed and store, into an empty index folder.
        var folder = Path.Combine(Path.GetTempPath(), $"nhsqa-bench-{Guid.NewGuid():N}");
        try
        {
            var settings = assistant.Settings with { Index = new() { Folder = folder } };
            var local = (NhsTechQA.Core.Embeddings.LocalOnnxEmbeddingGenerator)assistant.Embeddings;
            var builder = Assistant.CreateIndexBuilder(settings, local, local, settings.Embedding.ModelId);
            var build = Stopwatch.StartNew();
            var load = await builder.LoadOrBuildAsync(settings.Corpus.Folders, null, cancellationToken);
            var buildRate = load.TextsEmbedded / build.Elapsed.TotalSeconds;
            Console.WriteLine($"index build: {load.TextsEmbedded} texts ({load.Index.Sentences.Count} sentences, {load.Index.Chunks.Count} chunks) in {build.Elapsed.TotalSeconds:F2} s = {buildRate:F0} texts/s; " +
                              $"raw model {rawRate:F0} texts/s at batch {settings.Embedding.BatchSize}; build/raw = {buildRate / rawRate:P0}");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureFreshProcessAsync(string indexFolder, IReadOnlyList<string> corpus, string question, int runs, CancellationToken cancellationToken)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "nhsqa.dll");
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { program, "ask", question, "--index", indexFolder }.Concat(corpus.SelectMany(c => new[] { "--corpus", c })))
                start.ArgumentList.Add(arg);
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (process.ExitCode != 0) throw new InvalidOperationException($"ask exited with {process.ExitCode}");
        }
        times.Sort();
        Console.WriteLine($"fresh process ask (index built): {runs} runs, median {EvalCommand.Percentile(times, 0.5):F0} ms, max {times[^1]:F0} ms");
    }
}
