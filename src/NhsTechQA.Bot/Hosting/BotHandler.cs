using NhsTechQA.Bot.Protocol;
using NhsTechQA.Bot.Teams;
using NhsTechQA.Core.Answering;

namespace NhsTechQA.Bot.Hosting;

/// <summary>What the bot does with each activity: answer messages, welcome new members, log feedback, ignore the rest.</summary>
public sealed class BotHandler(AssistantHost host, ConversationStore conversations, IConnectorClient connector, ILogger<BotHandler> logger)
{
    public const string Welcome =
        "Hello! I answer questions about what health ministers and leaders have said about technology, citing the exact passages of their speeches. Type **help** to see what I know, or **reset** to start over.";

    /// <returns>The body of the HTTP response: null for most activities, an invoke response for invokes.</returns>
    public async Task<object?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                if (activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true)
                    await SendAsync(activity, TeamsReplies.Reply(activity, Welcome), cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == "message/submitAction":
                LogFeedback(activity);
                return new { status = 200, body = new { } };
            default:
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null) return;
        var question = TeamsReplies.StripMentions(activity);
        switch (question.ToLowerInvariant())
        {
            case "reset":
                conversations.Reset(conversationId);
                await SendAsync(activity, TeamsReplies.Reply(activity, "Done: I have forgotten this conversation. Ask me anything about the speeches."), cancellationToken);
                return;
            case "help" or "/help" or "":
                await SendAsync(activity, TeamsReplies.Reply(activity, await HelpAsync(cancellationToken)), cancellationToken);
                return;
        }
        // The typing indicator travels while the answer is prepared; the answer is sent only after it, keeping their order.
        var typing = SendAsync(activity, TeamsReplies.Typing(activity), cancellationToken);
        var assistant = await host.GetAsync(cancellationToken);
        Activity reply;
        try
        {
            var answer = await conversations.UseAsync(conversationId, c => assistant.AskAsync(c, question, cancellationToken), cancellationToken);
            reply = TeamsReplies.Answer(activity, answer, assistant.Search.Index);
        }
        catch (QuestionException e)
        {
            reply = TeamsReplies.Reply(activity, $"Sorry, I can't take that question: {e.Message}.");
        }
        await typing;
        await SendAsync(activity, reply, cancellationToken);
    }

    private async Task<string> HelpAsync(CancellationToken cancellationToken)
    {
        var assistant = await host.GetAsync(cancellationToken);
        var documents = assistant.Search.Index.Profiles.Select(p =>
            $"- {p.Event ?? p.SourceId}: {(p.Speakers.Count > 0 ? string.Join(", ", p.Speakers) : "no named speakers")}");
        return "I answer from these speeches, citing the exact passages:\n" + string.Join("\n", documents) +
               "\n\nAsk, for example, \"What did " + (assistant.Search.Speakers.Speakers.FirstOrDefault() ?? "the minister") +
               " say about electronic patient records?\" Follow-up questions use our conversation; type **reset** to start over.";
    }

    private Task SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken) =>
        connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id, reply, cancellationToken);

    /// <summary>Feedback (thumbs up or down) is logged with ids only: no names, no free text.</summary>
    private void LogFeedback(Activity activity)
    {
        string? reaction = null;
        if (activity.Value is { } value && value.TryGetProperty("actionValue", out var action) && action.TryGetProperty("reaction", out var r))
            reaction = r.GetString();
        logger.LogInformation("feedback {Reaction} on activity {ReplyToId} in conversation {ConversationId} from user {UserId}",
            reaction ?? "unknown", activity.ReplyToId, activity.Conversation?.Id, activity.From?.AadObjectId ?? activity.From?.Id);
    }
}
