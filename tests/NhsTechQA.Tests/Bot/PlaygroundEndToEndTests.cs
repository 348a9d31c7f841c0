using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace NhsTechQA.Tests.Bot;

/// <summary>
/// End to end with a real Teams client emulator: the bot as its own process in local development mode, and
/// Microsoft 365 Agents Playground (npm) sending messages and receiving replies over its WebSocket.
/// </summary>
public sealed class PlaygroundEndToEndTests : IAsyncLifetime
{
    private static readonly string PlaygroundFolder = Path.Combine(RepoPaths.Root, "tests", "playground");
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly string _index = RepoPaths.NewTempFolder();
    private readonly List<Process> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly int _botPort = Ports.Free();
    private readonly int _playgroundPort = Ports.Free();
    private ClientWebSocket _socket = new();

    public async Task InitializeAsync()
    {
        await EnsurePlaygroundInstalledAsync();
        var bot = Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "NhsTechQA.Bot.dll"), "--urls", $"http://127.0.0.1:{_botPort}"], new()
        {
            ["Index__Folder"] = _index, ["Corpus__Folders__0"] = RepoPaths.Seeds, ["Answering__Mode"] = "Extractive",
        });
        await WaitForAsync(async () => (await _http.GetAsync($"http://127.0.0.1:{_botPort}/healthz")).IsSuccessStatusCode, bot, "the bot's /healthz");
        var playground = Start("node", [Path.Combine(PlaygroundFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
            "--app-endpoint", $"http://127.0.0.1:{_botPort}/api/messages", "--channel-id", "msteams", "--port", _playgroundPort.ToString(), "--disable-telemetry"],
            new() { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await WaitForAsync(async () => (await _http.GetAsync($"http://127.0.0.1:{_playgroundPort}/_internal/v1/config")).IsSuccessStatusCode, playground, "the Agents Playground");
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_playgroundPort}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
    }

    [Fact]
    public async Task A_question_a_follow_up_and_an_unanswerable_question_come_back_with_the_right_citations()
    {
        var config = await _http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{_playgroundPort}/_internal/v1/config");
        var chat = config.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;

        var first = await AskAsync(chat, "What did Barclay say about innovation?");
        Assert.Contains("[1]", first.GetProperty("text").GetString());
        Assert.All(Citations(first), c => Assert.StartsWith("Steve Barclay", c.GetProperty("appearance").GetProperty("name").GetString()));

        var followUp = await AskAsync(chat, "What did he say gives a clear direction?");
        Assert.Contains(Citations(followUp), c => c.GetProperty("appearance").GetProperty("abstract").GetString()!.Contains("It gives a clear direction"));

        var refused = await AskAsync(chat, "What did Barclay promise about NHS dentistry?");
        Assert.StartsWith("The documents I have do not", refused.GetProperty("text").GetString());
        Assert.Empty(Citations(refused));
    }

    private static IReadOnlyList<JsonElement> Citations(JsonElement message) =>
        message.TryGetProperty("aiEntity", out var entity) && entity.TryGetProperty("citation", out var citations)
            ? citations.EnumerateArray().ToList() : [];

    /// <summary>Sends a message as the playground's user and returns the bot's next message from the stream.</summary>
    private async Task<JsonElement> AskAsync(string conversation, string text)
    {
        var response = await _http.PostAsJsonAsync($"http://127.0.0.1:{_playgroundPort}/_conversation/v1/conversations/{conversation}/messages",
            new { type = "text", text, textFormat = "plain", from = new { id = "user-id-0" } });
        response.EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        while (true)
        {
            var frame = JsonDocument.Parse(await ReceiveAsync(timeout.Token)).RootElement;
            if (frame.TryGetProperty("action", out var action) && action.GetString() == "createMessage"
                && frame.GetProperty("message").GetProperty("from").GetProperty("id").GetString() != "user-id-0")
                return frame.GetProperty("message").Clone();
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task EnsurePlaygroundInstalledAsync()
    {
        if (File.Exists(Path.Combine(PlaygroundFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"))) return;
        var install = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = PlaygroundFolder })!;
        await install.WaitForExitAsync();
        Assert.True(install.ExitCode == 0, "npm ci in tests/playground failed; the end-to-end test needs Node.js and npm");
    }

    private Process Start(string program, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    private static async Task WaitForAsync(Func<Task<bool>> ready, Process process, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{what} exited with code {process.ExitCode} before it was ready");
            try { if (await ready()) return; } catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what} was not ready within 90 s");
    }


    public Task DisposeAsync()
    {
        _socket.Dispose();
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            process.Dispose();
        }
        _http.Dispose();
        Directory.Delete(_index, recursive: true);
        return Task.CompletedTask;
    }
}
