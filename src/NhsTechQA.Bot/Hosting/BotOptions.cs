namespace NhsTechQA.Bot.Hosting;

/// <summary>The bot's registration and limits. Bound from "Bot"; the password comes from user secrets or the environment.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>Path of a PEM or PFX certificate, instead of a password.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>SingleTenant, MultiTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public List<string> ValidIssuers { get; set; } = [];
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";
    public int MaxRequestBytes { get; set; } = 256 * 1024;
    public int MaxConversations { get; set; } = 10_000;
    public double ConversationIdleMinutes { get; set; } = 120;

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IReadOnlyList<string> Issuers()
    {
        if (ValidIssuers.Count > 0) return ValidIssuers;
        var issuers = new List<string> { "https://api.botframework.com" };
        if (!string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            issuers.Add($"https://sts.windows.net/{MicrosoftAppTenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0");
        }
        return issuers;
    }
}
