using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NhsTechQA.Tests;

/// <summary>
/// A loopback HTTP server that speaks the (Azure) OpenAI chat-completions REST protocol: JSON and SSE streaming
/// answers, and scripted failures (429 with Retry-After, 5xx, 401, 404). It records every request it receives.
/// </summary>
public sealed class FakeChatServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Queue<Reply> _script = new();
    private readonly object _gate = new();
    private readonly Task _loop;

    public sealed record Reply(int Status, string? Content, TimeSpan? RetryAfter = null);

    public sealed record Received(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, JsonObject Body)
    {
        public string Message(string role) => string.Join("\n", Body["messages"]!.AsArray()
            .Where(m => m!["role"]!.GetValue<string>() == role).Select(m => ContentOf(m!["content"])));

        private static string ContentOf(JsonNode? content) => content switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>() ?? "")),
            _ => "",
        };

        /// <summary>The number the prompt gave the passage containing this text.</summary>
        public int PassageNumber(string text)
        {
            foreach (var line in Message("user").Split('\n'))
                if (line.Contains(text, StringComparison.Ordinal) && line.StartsWith('['))
                    return int.Parse(line[1..line.IndexOf(']')]);
            throw new InvalidOperationException($"no passage contains '{text}'");
        }
    }

    public List<Received> Requests { get; } = [];

    /// <summary>What to answer once the script is used up, computed from the request.</summary>
    public Func<Received, Reply> Responder { get; set; } = _ => new Reply(200, "The speeches I have do not cover that.");

    public FakeChatServer()
    {
        (_listener, Port) = Ports.StartListener();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public void Enqueue(params Reply[] replies)
    {
        lock (_gate) foreach (var reply in replies) _script.Enqueue(reply);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject ?? [];
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var received = new Received(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, headers, body);
        Reply? scripted;
        lock (_gate)
        {
            Requests.Add(received);
            scripted = _script.Count > 0 ? _script.Dequeue() : null;
        }
        var reply = scripted ?? Responder(received);
        var response = context.Response;
        if (context.Request.Url!.AbsolutePath.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            await WriteAsync(response, 200, "application/json", Embeddings(body));
            return;
        }
        if (!context.Request.Url!.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            await WriteAsync(response, 404, "application/json", """{"error":{"code":"NotFound","message":"no such route"}}""");
            return;
        }
        if (reply.RetryAfter is { } wait) response.Headers["Retry-After"] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
        if (reply.Status != 200)
        {
            await WriteAsync(response, reply.Status, "application/json", JsonSerializer.Serialize(new { error = new { code = reply.Status.ToString(), message = $"scripted {reply.Status}" } }));
            return;
        }
        var model = body["model"]?.GetValue<string>() ?? "fake";
        if (body["stream"]?.GetValue<bool>() == true)
            await WriteAsync(response, 200, "text/event-stream", Sse(reply.Content ?? "", model));
        else
            await WriteAsync(response, 200, "application/json", Completion(reply.Content ?? "", model));
    }

    public const int EmbeddingDimensions = 64;

    /// <summary>Hashed bag-of-words vectors: texts sharing words are close, as with a real model, and the same text always maps alike.</summary>
    private static string Embeddings(JsonObject body)
    {
        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var data = inputs.Select((text, index) =>
        {
            var vector = new float[EmbeddingDimensions];
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                vector[(int)((uint)word.GetHashCode(StringComparison.Ordinal) % EmbeddingDimensions)] += 1;
            return new { @object = "embedding", index, embedding = vector };
        });
        return JsonSerializer.Serialize(new { @object = "list", data, model = body["model"]?.GetValue<string>() ?? "fake", usage = new { prompt_tokens = 1, total_tokens = 1 } });
    }

    private static string Completion(string content, string model) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake", @object = "chat.completion", created = 1_700_000_000, model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    /// <summary>The answer in word-sized deltas, as the streaming API sends it.</summary>
    private static string Sse(string content, string model)
    {
        var text = new StringBuilder();
        void Chunk(object delta, string? finish) => text.Append("data: ").Append(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_700_000_000, model,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        })).Append("\n\n");
        Chunk(new { role = "assistant", content = "" }, null);
        foreach (var piece in System.Text.RegularExpressions.Regex.Split(content, @"(?<=\s)"))
            if (piece.Length > 0) Chunk(new { content = piece }, null);
        Chunk(new { }, "stop");
        return text.Append("data: [DONE]\n\n").ToString();
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }


    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
