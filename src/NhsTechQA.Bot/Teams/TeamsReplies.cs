using System.Text.Json;
using System.Text.RegularExpressions;
using NhsTechQA.Bot.Protocol;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Bot.Teams;

/// <summary>
/// Builds Teams replies: the answer text with its [n] markers, Teams' AI-generated-content entity with one Claim
/// citation per source passage (so Teams shows the "AI generated" label and citation pop-ups), and feedback buttons.
/// </summary>
public static partial class TeamsReplies
{
    // Teams shows at most this many characters of a citation's abstract.
    private const int AbstractMaxChars = 160;

    public static Activity Reply(Activity incoming, string text, IReadOnlyList<JsonElement>? entities = null, object? channelData = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
        ServiceUrl = incoming.ServiceUrl,
        ChannelId = incoming.ChannelId,
        Entities = entities?.ToList(),
        ChannelData = channelData is null ? null : JsonSerializer.SerializeToElement(channelData, ActivityJson.Options),
    };

    public static Activity Typing(Activity incoming) => Reply(incoming, "") with { Type = ActivityTypes.Typing, Text = null, TextFormat = null };

    public static Activity Answer(Activity incoming, Answer answer, CorpusIndex index)
    {
        var text = answer.Notice is null ? answer.Text : $"{answer.Text}\n\n_{answer.Notice}_";
        var citations = answer.Citations.Select(c =>
        {
            var profile = index.Profile(c.Source);
            var title = profile.Event is null ? c.Source : $"{profile.Event} ({c.Source})";
            var appearance = new Dictionary<string, object?>
            {
                ["@type"] = "DigitalDocument",
                ["name"] = c.Speaker is null ? title : $"{c.Speaker} — {title}",
                ["abstract"] = Abstract(c.Quote),
                ["keywords"] = c.Speaker is null ? null : new[] { c.Speaker },
            };
            // Opens the passage: the page with a text fragment, or this bot's signed /documents page.
            if (c.Link is not null) appearance["url"] = c.Link;
            return new Dictionary<string, object?>
            {
                ["@type"] = "Claim",
                ["position"] = c.N,
                ["appearance"] = appearance,
            };
        }).ToList();
        var entity = new Dictionary<string, object?>
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
            ["additionalType"] = new[] { "AIGeneratedContent" },
            ["citation"] = citations,
        };
        return Reply(incoming, text, [JsonSerializer.SerializeToElement(entity, ActivityJson.Options)], new { feedbackLoopEnabled = true });
    }

    /// <summary>The quote as Teams can show it: whole when it fits, else cut at a word with an ellipsis.</summary>
    public static string Abstract(string quote)
    {
        var flat = Whitespace().Replace(quote, " ").Trim();
        if (flat.Length <= AbstractMaxChars) return flat;
        var cut = flat[..(AbstractMaxChars - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > AbstractMaxChars / 2 ? cut[..space] : cut) + "…";
    }

    /// <summary>The question without the bot's @mention (channels and group chats prefix it).</summary>
    public static string StripMentions(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object || !entity.TryGetProperty("type", out var type) || type.GetString() != "mention") continue;
            if (entity.TryGetProperty("mentioned", out var mentioned) && mentioned.TryGetProperty("id", out var id)
                && id.GetString() == activity.Recipient?.Id && entity.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } m)
                text = text.Replace(m, " ", StringComparison.Ordinal);
        }
        // Other people's mentions stay as their names: they may be part of the question.
        return Whitespace().Replace(AtTag().Replace(text, "$1"), " ").Trim();
    }

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
