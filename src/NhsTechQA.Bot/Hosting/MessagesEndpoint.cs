using System.Text.Json;
using NhsTechQA.Bot.Protocol;

namespace NhsTechQA.Bot.Hosting;

/// <summary>POST /api/messages: size limit, JSON, the token's serviceurl claim, then the handler.</summary>
public static class MessagesEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, BotHandler handler, BotOptions options, CancellationToken cancellationToken)
    {
        var body = await ReadLimitedAsync(context, options.MaxRequestBytes, cancellationToken);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = "the request body is not a valid activity (malformed JSON)" });
        }
        if (activity?.Type is null) return Results.BadRequest(new { error = "the activity has no type" });
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null)
            return activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate
                ? Results.BadRequest(new { error = "the activity has no serviceUrl or conversation id" })
                : Results.Ok();
        if (!ServiceUrlAllowed(context, activity.ServiceUrl, options)) return Results.Unauthorized();
        var response = await handler.HandleAsync(activity, cancellationToken);
        return response is null ? Results.Ok() : Results.Json(response);
    }

    /// <summary>
    /// Replies go to the activity's serviceUrl, so it must be the one the channel's token vouches for; without
    /// authentication (local development) it must be on this machine.
    /// </summary>
    private static bool ServiceUrlAllowed(HttpContext context, string serviceUrl, BotOptions options)
    {
        if (!options.IsAuthenticated) return Loopback.IsLoopbackUrl(serviceUrl);
        var claim = context.User.FindFirst("serviceurl")?.Value;
        return claim is not null && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body, or null when it is larger than the limit (checked by length and while reading).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContext context, int limit, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > limit) return null;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}

public static class Loopback
{
    public static bool IsLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url.Replace("://+", "://plus").Replace("://*", "://star"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback;
    }
}
