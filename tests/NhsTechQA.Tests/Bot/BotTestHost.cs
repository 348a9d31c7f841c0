using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NhsTechQA.Bot.Hosting;
using NhsTechQA.Bot.Protocol;

namespace NhsTechQA.Tests.Bot;

/// <summary>Records what the bot sends instead of posting it to a channel.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    public sealed record SentActivity(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);

    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    public Task SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue(new SentActivity(serviceUrl, conversationId, replyToId, activity));
        return Task.CompletedTask;
    }

    public IReadOnlyList<SentActivity> Messages(string conversationId) =>
        Sent.Where(s => s.ConversationId == conversationId && s.Activity.Type == ActivityTypes.Message).ToList();
}

/// <summary>The bot in process, on the repository's seeds with its own index folder, replies recorded.</summary>
public sealed class BotTestHost : WebApplicationFactory<BotHandler>
{
    private readonly string _index = RepoPaths.NewTempFolder();
    private readonly Dictionary<string, string?> _settings;

    public BotTestHost(Dictionary<string, string?>? settings = null) => _settings = settings ?? [];

    public RecordingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Index:Folder", _index);
        builder.UseSetting("Corpus:Folders:0", RepoPaths.Seeds);
        builder.UseSetting("Answering:Mode", "Extractive");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IConnectorClient>(Connector);
        });
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot did not load its index within a minute");
    }

    public static Activity Message(string conversationId, string text, string id = "m1", string serviceUrl = "http://127.0.0.1:9/connector", List<JsonElement>? entities = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount("user-1", "Test User") { AadObjectId = "aad-1" },
        Recipient = new ChannelAccount("bot-1", "NhsTechQA"),
        Conversation = new ConversationAccount(conversationId),
        Entities = entities,
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity) =>
        client.PostAsJsonAsync("/api/messages", activity, ActivityJson.Options);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }
}
