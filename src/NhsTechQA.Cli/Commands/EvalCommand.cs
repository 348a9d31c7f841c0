using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NhsTechQA.Core.Citations;

namespace NhsTechQA.Cli.Commands;

/// <summary>Runs evaluation cases: each case's turns in a fresh conversation, the last turn's answer recorded.</summary>
public static class EvalCommand
{
    /// <summary>One case: its turns, and whether it is answerable when the file says (labelled sets for fitting do).</summary>
    /// <param name="Evidence">Passages an answer must quote (optional; fitting the ranking needs them).</param>
    internal sealed record EvalCase(string Id, IReadOnlyList<string> Turns, bool? Answerable, IReadOnlyList<string> Evidence);

    public const string WarmUpQuestion = "What was said about technology?";

    public static Command Create(CommonOptions common)
    {
        var cases = new Option<string>("--cases") { Description = "JSONL file of cases: {\"id\": ..., \"turns\": [...]}", Required = true };
        var output = new Option<string>("--out") { Description = "JSONL file to write, one answer per case", Required = true };
        var command = new Command("eval", "Answer evaluation cases and write one JSON line per case") { cases, output };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var loaded = await ReadCasesAsync(result.GetValue(cases)!, cancellationToken);
            using var assistant = await common.OpenAsync(result, cancellationToken);
            // Latency is that of a warm process: the first answer pays for JIT compilation and model warm-up.
            await assistant.AskAsync(assistant.NewConversation(), WarmUpQuestion, cancellationToken);
            var lines = new List<string>();
            var latencies = new List<double>();
            var refused = 0;
            var inexact = 0;
            foreach (var evalCase in loaded)
            {
                var conversation = assistant.NewConversation();
                AnswerJson? last = null;
                foreach (var turn in evalCase.Turns)
                {
                    var stopwatch = Stopwatch.StartNew();
                    var answer = await assistant.AskAsync(conversation, turn, cancellationToken);
                    var latency = stopwatch.Elapsed.TotalMilliseconds;
                    last = AnswerJson.From(evalCase.Id, turn, answer, latency);
                    if (ReferenceEquals(turn, evalCase.Turns[^1]))
                    {
                        latencies.Add(latency);
                        if (answer.Refused) refused++;
                        inexact += answer.Citations.Count(c => !CitationBuilder.IsVerbatim(assistant.Search.Index, c));
                    }
                }
                lines.Add(last!.ToJson());
            }
            await AtomicFile.WriteAllLinesAsync(result.GetValue(output)!, lines, cancellationToken);
            latencies.Sort();
            Console.WriteLine($"eval: {loaded.Count} cases, {refused} refused, {inexact} inexact quotes, " +
                              $"latency p50 {Percentile(latencies, 0.5):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms; wrote {result.GetValue(output)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    internal static async Task<List<EvalCase>> ReadCasesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new InputFileException($"cases file '{path}' does not exist");
        var cases = new List<EvalCase>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            cases.Add(ParseCase(path, number, line));
        }
        if (cases.Count == 0) throw new InputFileException($"cases file '{path}' has no cases");
        return cases;
    }

    private static EvalCase ParseCase(string path, int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputFileException($"{path}:{number}: a case must be a JSON object");
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : $"line{number}";
            if (!root.TryGetProperty("turns", out var turns) || turns.ValueKind != JsonValueKind.Array || turns.GetArrayLength() == 0
                || turns.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                throw new InputFileException($"{path}:{number}: case '{id}' needs \"turns\", a non-empty array of strings");
            bool? answerable = null;
            if (root.TryGetProperty("answerable", out var label))
            {
                if (label.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    throw new InputFileException($"{path}:{number}: case '{id}' has \"answerable\" that is not true or false");
                answerable = label.GetBoolean();
            }
            var evidence = root.TryGetProperty("evidence", out var passages) && passages.ValueKind == JsonValueKind.Array
                ? passages.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToList()
                : [];
            return new EvalCase(id, turns.EnumerateArray().Select(t => t.GetString()!).ToList(), answerable, evidence);
        }
        catch (JsonException e)
        {
            throw new InputFileException($"{path}:{number}: malformed JSON ({e.Message.Split('.')[0]})");
        }
    }
}
