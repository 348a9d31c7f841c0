using System.Globalization;
using Microsoft.Extensions.Configuration;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Citations;

/// <summary>
/// Gives each citation its link: the document's own web address with a text fragment pointing at the passage when it
/// has one; otherwise, when Links:BaseUrl is set and a signer is available, the bot's signed, expiring
/// <c>/documents/{source}</c> page with the span highlighted; otherwise none.
/// </summary>
public sealed class CitationLinker
{
    public const string DocumentsPath = "/documents/";
    private readonly LinksOptions _options;
    private readonly DocumentLinkSigner? _signer;
    private readonly TimeProvider _time;
    private readonly string? _baseUrl;

    public CitationLinker(LinksOptions options, DocumentLinkSigner? signer, TimeProvider time)
    {
        _options = options;
        _signer = signer;
        _time = time;
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            if (!IsWebAddress(options.BaseUrl.Trim()))
                throw new ConfigurationException($"{LinksOptions.Section}:BaseUrl must be an absolute http or https address (is '{options.BaseUrl}')");
            _baseUrl = options.BaseUrl.Trim().TrimEnd('/');
        }
        if (options.LifetimeHours <= 0)
            throw new ConfigurationException($"{LinksOptions.Section}:LifetimeHours must be positive (is {options.LifetimeHours})");
    }

    /// <summary>
    /// The linker the configuration describes. Without Links:SigningKey, a host that serves the /documents page (the
    /// bot) signs with a random key of its own (<paramref name="keyGenerated"/> tells it to warn); other hosts make no
    /// /documents links, as the bot could not check them.
    /// </summary>
    /// <summary>Signs /documents links; null when this host makes none.</summary>
    public DocumentLinkSigner? Signer => _signer;

    public static CitationLinker FromConfiguration(IConfiguration configuration, TimeProvider time, bool randomKeyWhenMissing, out bool keyGenerated)
    {
        var options = SettingsLoader.Bind<LinksOptions>(configuration, LinksOptions.Section);
        keyGenerated = false;
        DocumentLinkSigner? signer = null;
        if (!string.IsNullOrWhiteSpace(options.SigningKey)) signer = DocumentLinkSigner.FromKey(options.SigningKey);
        else if (randomKeyWhenMissing)
        {
            signer = DocumentLinkSigner.CreateRandom();
            keyGenerated = true;
        }
        return new CitationLinker(options, signer, time);
    }

    public Answer Link(Answer answer, CorpusIndex index) =>
        answer.Citations.Count == 0
            ? answer
            : answer with { Citations = answer.Citations.Select(c => c with { Link = LinkFor(index.Document(c.Source), c.Start, c.End) }).ToList() };

    public string? LinkFor(SourceDocument document, int start, int end)
    {
        // Only web addresses: a "javascript:" or "file:" URL in a document's front matter must never become a link.
        if (document.Metadata.Url is { } url && IsWebAddress(url.Trim()))
            return TextFragment.AppendTo(url.Trim(), TextFragment.Create(document.Text, start, end, _options));
        if (_baseUrl is null || _signer is null) return null;
        var expires = _time.GetUtcNow().AddHours(_options.LifetimeHours).ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture,
            $"{_baseUrl}{DocumentsPath}{Uri.EscapeDataString(document.SourceId)}?start={start}&end={end}&expires={expires}&sig={_signer.Sign(document.SourceId, start, end, expires)}");
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
