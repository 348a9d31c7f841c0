using System.Net;
using System.Net.Http.Headers;
using NhsTechQA.Bot.Protocol;

namespace NhsTechQA.Tests.Bot;

/// <summary>With an app id configured, every request needs a valid channel token whose serviceurl matches the activity.</summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    private readonly OpenIdServer _openId = new();
    private BotTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new BotTestHost(new()
        {
            ["Bot:MicrosoftAppId"] = AppId,
            ["Bot:MicrosoftAppPassword"] = "not-used-by-the-recording-connector",
            ["Bot:OpenIdMetadataUrl"] = _openId.MetadataUrl,
        });
        _client = _host.CreateClient();
        await _host.WaitUntilReadyAsync();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _host.Dispose();
        _openId.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpStatusCode> PostAsync(string conversation, string? token, string serviceUrl = ServiceUrl)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(BotTestHost.Message(conversation, "What did Barclay promise on EPRs?", serviceUrl: serviceUrl), options: ActivityJson.Options),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await _client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task No_token_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-none", null));

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-key", _openId.Token(AppId, ServiceUrl, OpenIdServer.UnknownKey())));

    [Fact]
    public async Task A_token_for_another_audience_issuer_or_expired_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-aud", _openId.Token("someone-else", ServiceUrl)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-iss", _openId.Token(AppId, ServiceUrl, issuer: "https://evil.example")));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-exp", _openId.Token(AppId, ServiceUrl, expires: DateTime.UtcNow.AddHours(-1))));
    }

    [Fact]
    public async Task A_token_whose_serviceurl_differs_from_the_activitys_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("c-url", _openId.Token(AppId, "https://attacker.example/"), ServiceUrl));
        Assert.DoesNotContain(_host.Connector.Sent, s => s.ConversationId == "c-url");
    }

    [Fact]
    public async Task A_valid_token_is_200_and_the_reply_goes_to_the_tokens_service_url()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync("c-ok", _openId.Token(AppId, ServiceUrl)));
        var reply = Assert.Single(_host.Connector.Messages("c-ok"));
        Assert.Equal(ServiceUrl, reply.ServiceUrl);
        Assert.Contains("[1]", reply.Activity.Text);
    }
}
