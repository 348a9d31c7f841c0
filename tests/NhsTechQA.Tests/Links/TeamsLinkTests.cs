using System.Net;
using System.Text.Json;
using NhsTechQA.Tests.Bot;

namespace NhsTechQA.Tests.Links;

/// <summary>
/// The bot in process over <see cref="LinksCorpus"/>, as a registered bot (with an app id, so /api/messages needs a
/// channel token): Teams citations carry the signed /documents link as their url, and the page opens with the link's
/// signature alone.
/// </summary>
public sealed class TeamsLinkTests : IAsyncLifetime
{
    private const string BaseUrl = "https://qa.example.nhs.uk";
    private readonly LinksCorpus _corpus = new();
    private readonly OpenIdServer _openId = new();
    private BotTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new BotTestHost(new()
        {
            ["Corpus:Folders:0"] = _corpus.Folder,
            ["Links:BaseUrl"] = BaseUrl,
            ["Links:SigningKey"] = LinksCorpus.SigningKey,
            ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000bb",
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
        _corpus.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_teams_citation_url_is_a_signed_link_that_opens_the_cited_passage()
    {
        // Straight to the handler: the token check of /api/messages is tested elsewhere.
        var handler = (NhsTechQA.Bot.Hosting.BotHandler)_host.Services.GetService(typeof(NhsTechQA.Bot.Hosting.BotHandler))!;
        await handler.HandleAsync(BotTestHost.Message("c-links", "What will the referral service let every practice send?"), CancellationToken.None);
        var reply = Assert.Single(_host.Connector.Messages("c-links")).Activity;
        var claims = reply.Entities!.Single().GetProperty("citation").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        var urls = claims.Select(c => c.GetProperty("appearance").GetProperty("url").GetString()!).ToList();
        Assert.All(urls, url => Assert.StartsWith($"{BaseUrl}/documents/", url));

        var cited = claims.Zip(urls).First(c => c.Second.Contains(LinksCorpus.Briefing, StringComparison.Ordinal));
        var page = await _client.GetAsync(new Uri(cited.Second).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        // The cited unit starts with the sentence (a short sentence completing it may be cited with it).
        Assert.Contains($"<mark id=\"cited\" tabindex=\"-1\">{LinksCorpus.CitedSentence}", html);
        Assert.Contains(LinksCorpus.CitedSentence, cited.First.GetProperty("appearance").GetProperty("abstract").GetString());
    }

    [Fact]
    public async Task The_page_needs_no_bot_token_but_a_valid_signature()
    {
        var signed = await _client.GetAsync(_corpus.SignedPath(LinksCorpus.Briefing, LinksCorpus.CitedSentence));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var (start, end) = _corpus.Span(LinksCorpus.Briefing, LinksCorpus.CitedSentence);
        var unsigned = await _client.GetAsync($"/documents/{LinksCorpus.Briefing}?start={start}&end={end}&expires=9999999999&sig=forged");
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        // /api/messages still needs a channel token
        Assert.Equal(HttpStatusCode.Unauthorized, (await BotTestHost.PostAsync(_client, BotTestHost.Message("c-x", "hello"))).StatusCode);
    }
}
