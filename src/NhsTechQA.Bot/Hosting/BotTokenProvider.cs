using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;
using NhsTechQA.Bot.Protocol;

namespace NhsTechQA.Bot.Hosting;

/// <summary>
/// Tokens for outgoing replies: client credentials (secret or certificate) through MSAL, whose cache keeps a token
/// until it expires, or a user-assigned managed identity. None in local development mode.
/// </summary>
public sealed class BotTokenProvider : IBotTokenProvider
{
    private readonly BotOptions _options;
    private readonly IConfidentialClientApplication? _msal;
    private readonly TokenCredential? _managedIdentity;
    private AccessToken _cached;

    public BotTokenProvider(BotOptions options)
    {
        _options = options;
        if (!options.IsAuthenticated) return;
        if (options.MicrosoftAppType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            _managedIdentity = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId));
            return;
        }
        var tenant = options.MicrosoftAppType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase)
            ? options.MicrosoftAppTenantId ?? throw new InvalidOperationException("Bot:MicrosoftAppTenantId is required when Bot:MicrosoftAppType is SingleTenant")
            : "botframework.com";
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId).WithAuthority($"https://login.microsoftonline.com/{tenant}");
        if (!string.IsNullOrEmpty(options.MicrosoftAppCertificatePath))
            builder = builder.WithCertificate(LoadCertificate(options.MicrosoftAppCertificatePath));
        else if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            builder = builder.WithClientSecret(options.MicrosoftAppPassword);
        else
            throw new InvalidOperationException("Bot:MicrosoftAppPassword or Bot:MicrosoftAppCertificatePath is required when Bot:MicrosoftAppId is set");
        _msal = builder.Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_msal is not null)
            return (await _msal.AcquireTokenForClient([_options.TokenScope]).ExecuteAsync(cancellationToken)).AccessToken;
        if (_managedIdentity is null) return null;
        if (_cached.ExpiresOn <= DateTimeOffset.UtcNow.AddMinutes(5))
            _cached = await _managedIdentity.GetTokenAsync(new TokenRequestContext([_options.TokenScope]), cancellationToken);
        return _cached.Token;
    }

    private static X509Certificate2 LoadCertificate(string path) =>
        path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
}
