using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace NhsTechQA.Bot.Protocol;

/// <summary>
/// Sends activities back to a channel. The one narrow seam between this bot and the Bot Framework connector
/// service, so that an SDK (Bot Framework or Microsoft 365 Agents) can replace it later.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts to {serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}].</summary>
    Task SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Provides the bearer token for outgoing calls, or null in local development mode.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

public sealed class HttpConnectorClient(HttpClient http, IBotTokenProvider tokens) : IConnectorClient
{
    public async Task SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities" + (replyToId is null ? "" : $"/{Uri.EscapeDataString(replyToId)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
