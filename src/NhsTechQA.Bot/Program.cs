using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.IdentityModel.Tokens;
using NhsTechQA.Bot.Documents;
using NhsTechQA.Bot.Hosting;
using NhsTechQA.Bot.Protocol;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;

const string DefaultUrl = "http://127.0.0.1:3978";

var builder = WebApplication.CreateBuilder(args);
// The repository's appsettings.json is the base layer, so the bot and the console share one configuration;
// environment variables, user secrets and the command line still override it.
var settingsFile = SettingsLoader.FindSettingsFile();
builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
{
    Path = Path.GetFileName(settingsFile), FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(settingsFile)!), Optional = false,
});
builder.Configuration.AddInMemoryCollection([new("NhsTechQA:BaseFolder", Path.GetDirectoryName(settingsFile))]);
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

var bot = builder.Configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
if (!bot.IsAuthenticated)
{
    var urls = (builder.Configuration["urls"] ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    if (urls.Any(u => !Loopback.IsLoopbackUrl(u)))
    {
        Console.Error.WriteLine($"error: no Bot:MicrosoftAppId is configured, so the bot would accept unauthenticated requests; it only does that on a loopback address, not on {string.Join(", ", urls)}");
        return 2;
    }
}

// Links to the passage: the document's URL with a text fragment, else this host's signed /documents page.
CitationLinker linker;
bool randomLinkKey;
try
{
    linker = CitationLinker.FromConfiguration(builder.Configuration, TimeProvider.System, randomKeyWhenMissing: true, out randomLinkKey);
}
catch (ConfigurationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

builder.Services.AddSingleton(bot);
builder.Services.AddSingleton(linker);
builder.Services.AddSingleton(linker.Signer!);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AssistantHost>();
builder.Services.AddHostedService(s => s.GetRequiredService<AssistantHost>());
builder.Services.AddSingleton(s => new ConversationStore(bot, () => s.GetRequiredService<AssistantHost>().GetAsync(CancellationToken.None).Result.NewConversation(), s.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<IBotTokenProvider>(new BotTokenProvider(bot));
builder.Services.AddHttpClient<IConnectorClient, HttpConnectorClient>();
builder.Services.AddSingleton<BotHandler>();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bot.MaxRequestBytes);

builder.Services.AddAuthorization();
if (bot.IsAuthenticated)
{
    builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
    {
        options.MetadataAddress = bot.OpenIdMetadataUrl;
        options.RequireHttpsMetadata = !Loopback.IsLoopbackUrl(bot.OpenIdMetadataUrl);
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = bot.Issuers(),
            ValidAudience = bot.MicrosoftAppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
    });
}

var app = builder.Build();
if (!bot.IsAuthenticated)
    app.Logger.LogWarning("local development mode: no Bot:MicrosoftAppId configured, requests are not authenticated; listening on loopback only");
if (randomLinkKey)
    app.Logger.LogWarning("no Links:SigningKey configured: document links are signed with a random key of this process and stop working when the bot restarts");
if (bot.IsAuthenticated)
{
    app.UseAuthentication();
    app.UseAuthorization();
}

app.MapGet("/healthz", (AssistantHost host) => host.IsReady
    ? Results.Ok(new { status = "ok" })
    : Results.Json(new { status = host.Failure is null ? "loading" : "failed", error = host.Failure }, statusCode: 503));

// Authenticated by the link's signature, not by a Bot Framework token: people open these links in a browser.
app.MapGet(DocumentsEndpoint.Route, DocumentsEndpoint.HandleAsync);

var messages = app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
if (bot.IsAuthenticated) messages.RequireAuthorization();

app.Run();
return 0;

/// <summary>Exposed for the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
