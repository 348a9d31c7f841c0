using System.Diagnostics;
using System.Text.Json;

namespace NhsTechQA.Tests;

/// <summary>The console program run as a real process, as users and CI run it.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();


    private Task<NhsqaRun> NhsqaAsync(params string[] args) => NhsqaWithInputAsync([], args);

    private Dictionary<string, string> Environment { get; } = new();

    /// <summary>Runs the program from the repository root with its own index folder, typing the given lines.</summary>
    private Task<NhsqaRun> NhsqaWithInputAsync(string[] input, params string[] args) =>
        NhsqaProcess.RunAsync(RepoPaths.Root, [.. args, "--index", Path.Combine(_work, "index")], input, Environment);

    [Fact]
    public async Task Fit_ranking_writes_each_weight_from_its_grid_with_recall_measured_per_set()
    {
        var output = Path.Combine(_work, "ranking.json");
        var cases = Path.Combine(RepoPaths.Root, "tests", "NhsTechQA.Tests", "data", "cases.jsonl");
        var run = await NhsqaAsync("fit", "ranking", "--set", $"{cases}={RepoPaths.Seeds}", "--rounds", "1", "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var fitted = JsonDocument.Parse(File.ReadAllText(output));
        var weights = fitted.RootElement.GetProperty("Answering");
        Assert.InRange(weights.GetProperty("SentenceDenseWeight").GetDouble(), 0.4, 0.9);
        Assert.InRange(weights.GetProperty("RelativeScoreCutoff").GetDouble(), 0.3, 0.7);
        var recall = fitted.RootElement.GetProperty("Measured").GetProperty("recall_fitted[data/cases.jsonl]").GetDouble();
        // The search keeps a change only when it raises recall: never below the current values.
        Assert.True(recall >= fitted.RootElement.GetProperty("Measured").GetProperty("recall_current[data/cases.jsonl]").GetDouble());
        Assert.StartsWith("nhsqa fit ranking --set", fitted.RootElement.GetProperty("Command").GetString());
    }

    [Fact]
    public async Task Ask_json_follows_the_contract()
    {
        var run = await NhsqaAsync("ask", "What did Barclay promise on EPRs?", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("What did Barclay promise on EPRs?", root.GetProperty("question").GetString());
        Assert.False(root.GetProperty("refused").GetBoolean());
        Assert.Equal("Answered", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("latency_ms").GetDouble() > 0);
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, citation.GetProperty("source").GetString()!));
            var start = citation.GetProperty("start").GetInt32();
            var end = citation.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], citation.GetProperty("quote").GetString());
            Assert.Equal(JsonValueKind.Number, citation.GetProperty("n").ValueKind);
            Assert.True(citation.TryGetProperty("speaker", out _));
        }
        Assert.Contains(citations, c => c.GetProperty("quote").GetString()!.Contains("every NHS trust uses an EPR"));
    }

    [Theory]
    [InlineData("the question is empty", "ask", "")]
    [InlineData("the question is empty", "ask", "   ")]
    [InlineData("does not exist", "ask", "What about AI?", "--corpus", "/nonexistent/corpus")]
    public async Task Bad_input_gets_one_line_and_exit_code_2(string message, params string[] args)
    {
        var run = await NhsqaAsync(args);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(message, lines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task A_question_over_the_limit_is_rejected()
    {
        var run = await NhsqaAsync("ask", new string('x', 2001));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("limit is 2000", run.Stderr);
    }

    [Fact]
    public async Task Eval_writes_one_line_per_case_and_names_a_malformed_line()
    {
        var cases = Path.Combine(_work, "cases.jsonl");
        var output = Path.Combine(_work, "out.jsonl");
        File.WriteAllLines(cases, [
            """{"id": "a", "turns": ["What did Barclay say about innovation?", "What did he say gives a clear direction?"]}""",
            """{"id": "b", "turns": ["What did Barclay promise about NHS dentistry?"]}""",
        ]);
        var run = await NhsqaAsync("eval", "--cases", cases, "--out", output);
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("What did he say gives a clear direction?", lines[0].GetProperty("question").GetString());
        Assert.Contains(lines[0].GetProperty("citations").EnumerateArray(), c => c.GetProperty("quote").GetString()!.Contains("It gives a clear direction"));
        Assert.True(lines[1].GetProperty("refused").GetBoolean());
        // Barclay speaks in the seeds, but no document speaks of dentistry: the topic is not covered, and the status says so.
        Assert.Equal("RefusedNotCovered", lines[1].GetProperty("status").GetString());

        File.AppendAllText(cases, "{\"id\": \"c\", \"turns\": [\n");
        File.Delete(output);
        var bad = await NhsqaAsync("eval", "--cases", cases, "--out", output);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains($"{cases}:3", bad.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Chat_answers_and_handles_its_commands()
    {
        var run = await NhsqaWithInputAsync(["/sources", "What did Barclay say about frustrations among staff?", "/reset", "/quit"], "chat");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("000_cf58bd7abdd517ba.txt", run.Stdout);
        // The console wraps long lines wherever the introduction leaves them.
        Assert.Contains("tackle the many frustrations that I hear from staff", System.Text.RegularExpressions.Regex.Replace(run.Stdout, @"\s+", " "));
        Assert.Contains("Conversation cleared.", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task Eval_against_a_loopback_model_keeps_quotes_exact_and_fabrications_out()
    {
        using var server = new FakeChatServer();
        server.Responder = request =>
        {
            // Restates the first two passages and adds a claim no passage makes.
            var passages = request.Message("user").Split('\n').Where(l => l.StartsWith('[')).Take(2)
                .Select(l => (N: l[1..l.IndexOf(']')], Text: l[(l.IndexOf(") ", StringComparison.Ordinal) + 2)..])).ToList();
            var answer = string.Join(" ", passages.Select(p => $"{p.Text.TrimEnd('.', '”', '"')} [{p.N}].")) + " Hancock promised £1 billion for AI [1].";
            return new FakeChatServer.Reply(200, answer);
        };
        Environment["AzureOpenAI__Endpoint"] = server.BaseUrl;
        Environment["AzureOpenAI__ChatDeployment"] = "gpt-4o-test";
        Environment["AzureOpenAI__ApiKey"] = "test-key";
        var shared = Path.Combine(RepoPaths.Root, "..", "shared", "eval", "dev.jsonl");
        var cases = File.Exists(shared) ? shared : Path.Combine(RepoPaths.Data, "cases.jsonl");
        var output = Path.Combine(_work, "generative.jsonl");
        var run = await NhsqaAsync("eval", "--cases", cases, "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("mode").GetString() == "generative");
        foreach (var line in lines)
        {
            Assert.DoesNotContain("£1 billion", line.GetProperty("answer").GetString());
            foreach (var citation in line.GetProperty("citations").EnumerateArray())
            {
                var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, citation.GetProperty("source").GetString()!));
                Assert.Equal(text[citation.GetProperty("start").GetInt32()..citation.GetProperty("end").GetInt32()], citation.GetProperty("quote").GetString());
            }
        }
        Assert.Contains(lines, l => l.GetProperty("dropped").EnumerateArray().Any(d => d.GetString()!.Contains("£1 billion")));
        Assert.NotEmpty(server.Requests);
        Assert.DoesNotContain("test-key", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task Teams_package_fills_in_the_app_id_and_refuses_without_one()
    {
        var output = Path.Combine(_work, "teams.zip");
        var run = await NhsqaAsync("teams", "package", "--app-id", "11111111-2222-3333-4444-555555555555", "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(output))
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("id").GetString());
            Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
            Assert.DoesNotContain("{{", manifest.RootElement.GetRawText());
        }
        var missing = await NhsqaAsync("teams", "package", "--out", Path.Combine(_work, "none.zip"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Bot:MicrosoftAppId", missing.Stderr);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_unauthenticated_on_a_non_loopback_address()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NhsTechQA.Bot.dll"), "--urls", "http://0.0.0.0:39781" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(60_000);
        if (!exited) process.Kill(entireProcessTree: true);
        Assert.True(exited, "the bot started listening on 0.0.0.0 without authentication");
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("loopback", await stderr);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
