using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Load on a running bot over loopback: concurrent conversations of several questions each, posted as Teams would,
/// with a loopback connector that receives the replies. Checks that every reply reaches its own conversation.
/// </summary>
public static class BotLoadBenchmark
{
    private static readonly string[] Questions =
    [
        "What did Barclay promise on EPRs?",
        "What did he say about bed management?",
        "What did Hancock say about the AI award?",
        "Who hosted the Parliament & HealthTech event?",
        "What did Barclay promise about NHS dentistry?",
    ];

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The bot's base URL", DefaultValueFactory = _ => "http://127.0.0.1:3978" };
        var conversations = new Option<int>("--conversations") { Description = "Concurrent conversations", DefaultValueFactory = _ => 50 };
        var command = new Command("bot", "Load a running bot (local development mode) with concurrent conversations") { url, conversations };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(() =>
            RunAsync(result.GetValue(url)!.TrimEnd('/'), result.GetValue(conversations), cancellationToken)));
        return command;
    }

    private sealed record Received(string ConversationId, string? ReplyToId, JsonElement Activity);

    private static async Task<int> RunAsync(string botUrl, int conversationCount, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        if (!(await http.GetAsync($"{botUrl}/healthz", cancellationToken)).IsSuccessStatusCode)
            throw new InputFileException($"the bot at {botUrl} is not ready (GET /healthz); start it with: dotnet run --project src/NhsTechQA.Bot");
        var port = FreePort();
        var received = new ConcurrentQueue<Received>();
        using var connector = new HttpListener();
        connector.Prefixes.Add($"http://127.0.0.1:{port}/");
        connector.Start();
        var listening = Task.Run(() => ServeConnectorAsync(connector, received));
        var serviceUrl = $"http://127.0.0.1:{port}/";
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversationCount), new ParallelOptions { MaxDegreeOfParallelism = conversationCount, CancellationToken = cancellationToken },
            async (conversation, token) =>
            {
                for (var turn = 0; turn < Questions.Length; turn++)
                {
                    var activity = new
                    {
                        type = "message", id = $"c{conversation}-t{turn}", text = Questions[turn], serviceUrl, channelId = "msteams",
                        from = new { id = $"user-{conversation}" }, recipient = new { id = "bot" }, conversation = new { id = $"conversation-{conversation}" },
                    };
                    var stopwatch = Stopwatch.StartNew();
                    var response = await http.PostAsJsonAsync($"{botUrl}/api/messages", activity, token);
                    latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
                    if (!response.IsSuccessStatusCode) errors.Add($"HTTP {(int)response.StatusCode} for {activity.id}");
                }
            });
        total.Stop();
        connector.Stop();
        await listening;
        var messages = received.Where(r => r.Activity.GetProperty("type").GetString() == "message").ToList();
        var misrouted = messages.Count(r => r.Activity.GetProperty("conversation").GetProperty("id").GetString() != r.ConversationId
                                            || r.ReplyToId is null || !r.ReplyToId.StartsWith(r.ConversationId.Replace("conversation-", "c") + "-t", StringComparison.Ordinal));
        var sorted = latencies.OrderBy(l => l).ToList();
        Console.WriteLine($"bot load: {conversationCount} conversations x {Questions.Length} questions = {sorted.Count} requests in {total.Elapsed.TotalSeconds:F1} s; " +
                          $"errors {errors.Count}, replies {messages.Count}, misrouted {misrouted}; " +
                          $"latency p50 {EvalCommand.Percentile(sorted, 0.5):F1} ms, p95 {EvalCommand.Percentile(sorted, 0.95):F1} ms, max {sorted[^1]:F1} ms");
        foreach (var error in errors.Take(5)) Console.Error.WriteLine($"error: {error}");
        return errors.IsEmpty && misrouted == 0 && messages.Count == sorted.Count ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Accepts replies at /v3/conversations/{id}/activities/{replyToId}, as the Bot Framework connector does.</summary>
    private static async Task ServeConnectorAsync(HttpListener listener, ConcurrentQueue<Received> received)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var segments = context.Request.Url!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.InputStream);
            if (segments.Length >= 4 && segments[0] == "v3" && segments[1] == "conversations")
                received.Enqueue(new Received(Uri.UnescapeDataString(segments[2]), segments.Length >= 5 ? Uri.UnescapeDataString(segments[4]) : null, activity));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
