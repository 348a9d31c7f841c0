using System.Net;
using System.Text;
using System.Text.Json;
using NhsTechQA.Bot.Protocol;
using NhsTechQA.Core.Citations;

namespace NhsTechQA.Tests.Bot;

[Collection(AssistantCollection.Name)]
public sealed class BotTests(AssistantFixture fixture) : IAsyncLifetime
{
    private readonly BotTestHost _host = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _host.CreateClient();
        await _host.WaitUntilReadyAsync();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _host.Dispose();
        return Task.CompletedTask;
    }

    private static JsonElement AiEntity(Activity reply) =>
        Assert.Single(reply.Entities!, e => e.GetProperty("type").GetString() == "https://schema.org/Message");

    [Fact]
    public async Task A_question_gets_typing_then_an_answer_whose_citations_equal_the_cores()
    {
        const string question = "What did Barclay promise on EPRs?";
        var response = await BotTestHost.PostAsync(_client, BotTestHost.Message("c1", question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _host.Connector.Sent.Where(s => s.ConversationId == "c1").ToList();
        Assert.Equal(ActivityTypes.Typing, sent[0].Activity.Type);
        var reply = Assert.Single(_host.Connector.Messages("c1"));
        Assert.Equal("http://127.0.0.1:9/connector", reply.ServiceUrl);
        Assert.Equal("m1", reply.ReplyToId);

        var core = await fixture.Assistant.AskAsync(fixture.Assistant.NewConversation(), question, CancellationToken.None);
        Assert.Equal(core.Text, reply.Activity.Text);
        var entity = AiEntity(reply.Activity);
        Assert.Equal("AIGeneratedContent", entity.GetProperty("additionalType")[0].GetString());
        var claims = entity.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(core.Citations.Count, claims.Count);
        foreach (var (claim, citation) in claims.Zip(core.Citations))
        {
            Assert.Equal("Claim", claim.GetProperty("@type").GetString());
            Assert.Equal(citation.N, claim.GetProperty("position").GetInt32());
            var appearance = claim.GetProperty("appearance");
            Assert.Contains(citation.Speaker!, appearance.GetProperty("name").GetString());
            var shown = appearance.GetProperty("abstract").GetString()!;
            Assert.True(shown.Length <= 160);
            Assert.StartsWith(shown.TrimEnd('…'), citation.Quote.Replace('\n', ' '));
            Assert.Contains($"[{citation.N}]", reply.Activity.Text);
        }
        Assert.True(reply.Activity.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public async Task The_bots_mention_is_stripped_from_the_question()
    {
        var mention = JsonSerializer.SerializeToElement(new { type = "mention", text = "<at>NhsTechQA</at>", mentioned = new { id = "bot-1", name = "NhsTechQA" } });
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-mention", "<at>NhsTechQA</at> What did Barclay promise on EPRs?", entities: [mention]));
        var reply = Assert.Single(_host.Connector.Messages("c-mention"));
        Assert.Contains(AiEntity(reply.Activity).GetProperty("citation").EnumerateArray(),
            c => c.GetProperty("appearance").GetProperty("abstract").GetString()!.Contains("EPR"));
    }

    [Fact]
    public async Task Follow_ups_use_their_own_conversations_memory_only()
    {
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-a", "What did Barclay say about innovation?", "a1"));
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-b", "What did Hancock say about leadership?", "b1"));
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-a", "What did he say gives a clear direction?", "a2"));
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-b", "What did he say gives a clear direction?", "b2"));
        var a = _host.Connector.Messages("c-a").Last().Activity;
        var b = _host.Connector.Messages("c-b").Last().Activity;
        Assert.Contains("It gives a clear direction", a.Text);
        // In conversation b "he" is Hancock, who said nothing of the kind: Barclay's words are not offered as his.
        Assert.DoesNotContain("Steve Barclay said", b.Text);
        Assert.All(_host.Connector.Sent, s => Assert.Equal(s.ConversationId, s.Activity.Conversation!.Id));
    }

    [Fact]
    public async Task Reset_forgets_the_conversation_and_help_lists_documents_and_speakers()
    {
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-r", "What did Barclay say about innovation?", "r1"));
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-r", "reset", "r2"));
        await BotTestHost.PostAsync(_client, BotTestHost.Message("c-r", "help", "r3"));
        var replies = _host.Connector.Messages("c-r");
        Assert.Contains("forgotten", replies[1].Activity.Text);
        Assert.Contains("Matt Hancock", replies[2].Activity.Text);
        Assert.Contains("NHS Confed", replies[2].Activity.Text);
    }

    [Fact]
    public async Task Bad_requests_get_413_400_and_unknown_types_200_with_nothing_sent()
    {
        var big = new StringContent(new string('x', 300 * 1024), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _client.PostAsync("/api/messages", big)).StatusCode);
        var malformed = new StringContent("{\"type\": \"message\", ", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsync("/api/messages", malformed)).StatusCode);
        var unknown = BotTestHost.Message("c-u", "hello") with { Type = "somethingNew" };
        Assert.Equal(HttpStatusCode.OK, (await BotTestHost.PostAsync(_client, unknown)).StatusCode);
        Assert.DoesNotContain(_host.Connector.Sent, s => s.ConversationId == "c-u");
    }

    [Fact]
    public async Task Without_authentication_replies_go_only_to_loopback_service_urls()
    {
        var response = await BotTestHost.PostAsync(_client, BotTestHost.Message("c-x", "What did Barclay promise on EPRs?", serviceUrl: "https://smba.trafficmanager.net/uk/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_host.Connector.Sent, s => s.ConversationId == "c-x");
    }

    [Fact]
    public async Task Added_to_a_conversation_the_bot_welcomes_and_feedback_invokes_are_acknowledged()
    {
        var update = BotTestHost.Message("c-w", "") with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1")] };
        Assert.Equal(HttpStatusCode.OK, (await BotTestHost.PostAsync(_client, update)).StatusCode);
        Assert.Contains("Hello!", Assert.Single(_host.Connector.Messages("c-w")).Activity.Text);

        var feedback = BotTestHost.Message("c-w", "") with
        {
            Type = ActivityTypes.Invoke, Name = "message/submitAction", ReplyToId = "m1",
            Value = JsonSerializer.SerializeToElement(new { actionName = "feedback", actionValue = new { reaction = "like", feedback = "{}" } }),
        };
        var response = await BotTestHost.PostAsync(_client, feedback);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }
}
