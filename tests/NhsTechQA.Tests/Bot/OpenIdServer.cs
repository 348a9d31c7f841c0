using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NhsTechQA.Tests.Bot;

/// <summary>A loopback OpenID metadata endpoint with its signing keys, and a token issuer for those keys (or others).</summary>
public sealed class OpenIdServer : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private readonly HttpListener _listener;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly Task _loop;

    public OpenIdServer()
    {
        (_listener, Port) = Ports.StartListener();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string MetadataUrl => $"http://127.0.0.1:{Port}/v1/.well-known/openidconfiguration";

    /// <summary>A token as the Bot Framework channel sends it; the defaults make a valid one.</summary>
    public string Token(string audience, string serviceUrl, SecurityKey? key = null, string issuer = Issuer, DateTime? expires = null)
    {
        var signing = key ?? _key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-1),
            IssuedAt = (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
    }

    public static SecurityKey UnknownKey() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var path = context.Request.Url!.AbsolutePath;
            string body;
            if (path.EndsWith("openidconfiguration", StringComparison.Ordinal))
                body = JsonSerializer.Serialize(new { issuer = Issuer, jwks_uri = $"http://127.0.0.1:{Port}/v1/keys", id_token_signing_alg_values_supported = new[] { "RS256" } });
            else
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
                body = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, endorsements = new[] { "msteams" } } } });
            }
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
