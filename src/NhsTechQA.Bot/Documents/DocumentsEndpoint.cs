using System.Globalization;
using System.Security.Cryptography;
using NhsTechQA.Bot.Hosting;
using NhsTechQA.Core.Citations;

namespace NhsTechQA.Bot.Documents;

/// <summary>
/// GET /documents/{source}?start=N&amp;end=M&amp;expires=E&amp;sig=S: the document's text with the cited span
/// highlighted. The link's signature is the only authentication (the endpoint is public, Teams users open it in a
/// browser), so it is checked first, before any other work; without a valid, unexpired signature the answer is 403
/// with a body that says nothing about the document. Only indexed documents are served.
/// </summary>
public static class DocumentsEndpoint
{
    public const string Route = "/documents/{source}";

    public static async Task HandleAsync(HttpContext context, string source, DocumentLinkSigner signer, AssistantHost host,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        if (!TryInt(query["start"], out var start) || !TryInt(query["end"], out var end)
            || !long.TryParse(query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || signer.Verify(source, start, end, expires, query["sig"], time.GetUtcNow()) != LinkValidity.Valid)
        {
            await WriteMessageAsync(context, StatusCodes.Status403Forbidden, "Link not valid",
                "This link is not valid or has expired. Ask the assistant again for a new link.", cancellationToken);
            return;
        }
        if (!host.IsReady)
        {
            context.Response.Headers.RetryAfter = "30";
            await WriteMessageAsync(context, StatusCodes.Status503ServiceUnavailable, "Starting up",
                "The assistant is loading its documents. Try again in a minute.", cancellationToken);
            return;
        }
        var index = (await host.GetAsync(cancellationToken)).Search.Index;
        // Unknown names are not echoed: the page says only that there is nothing here.
        var document = index.Documents.FirstOrDefault(d => string.Equals(d.SourceId, source, StringComparison.Ordinal));
        if (document is null || start < 0 || end > document.Text.Length || start >= end)
        {
            await WriteMessageAsync(context, StatusCodes.Status404NotFound, "Not found", "There is no document here.", cancellationToken);
            return;
        }
        var metadata = document.Metadata;
        var profile = index.Profiles.FirstOrDefault(p => p.SourceId == document.SourceId);
        var originalUrl = metadata.Url is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
                          && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
        var page = new DocumentPageModel(
            metadata.ShownTitle ?? profile?.Event ?? document.SourceId,
            metadata.Speakers.Count > 0 ? metadata.Speakers : profile?.Speakers ?? [],
            metadata.Date, metadata.Title is null ? null : metadata.Event ?? profile?.Event, originalUrl,
            document.Text, Math.Min(metadata.BodyStart, start), start, end) { MonthOnly = metadata.MonthOnly };
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        SetSecurityHeaders(context.Response,
            $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        context.Response.Headers.CacheControl = "private";
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(DocumentPage.Render(page, nonce), cancellationToken);
    }

    private static bool TryInt(string? value, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);

    private static Task WriteMessageAsync(HttpContext context, int status, string title, string message, CancellationToken cancellationToken)
    {
        SetSecurityHeaders(context.Response, "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        context.Response.Headers.CacheControl = "no-store";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(DocumentPage.Message(title, message), cancellationToken);
    }

    private static void SetSecurityHeaders(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
