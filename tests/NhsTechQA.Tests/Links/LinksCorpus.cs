using System.Text;
using NhsTechQA.Core.Citations;

namespace NhsTechQA.Tests.Links;

/// <summary>
/// A small corpus written for the link tests: a long briefing whose cited sentence is far down the page (so it must
/// be scrolled to), and notes full of markup that must stay text.
/// </summary>
public sealed class LinksCorpus : IDisposable
{
    public const string SigningKey = "test-only-signing-key-for-document-links-0123456789";
    public const string Briefing = "services-briefing.md";
    public const string Hostile = "markup-notes.md";
    public const string BriefingTitle = "Digital Services Briefing for Trust Boards";
    public const string CitedSentence = "The referral service will let every practice send an electronic referral within one working day.";
    public const string HostileSentence = "The minister said <script>alert(1)</script> was not a plan.";

    public LinksCorpus()
    {
        Folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(Folder, Briefing), BriefingText(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(Folder, Hostile), HostileText, new UTF8Encoding(false));
    }

    public string Folder { get; }

    public DocumentLinkSigner Signer { get; } = DocumentLinkSigner.FromKey(SigningKey);

    public string TextOf(string source) => File.ReadAllText(Path.Combine(Folder, source));

    /// <summary>The span of the first occurrence of a quote in a document.</summary>
    public (int Start, int End) Span(string source, string quote)
    {
        var start = TextOf(source).IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in {source}");
        return (start, start + quote.Length);
    }

    /// <summary>A /documents path and query signed with the bot's key, as the bot's own links are.</summary>
    public string SignedPath(string source, int start, int end, DateTimeOffset expires, string? signature = null)
    {
        var unix = expires.ToUnixTimeSeconds();
        return $"/documents/{Uri.EscapeDataString(source)}?start={start}&end={end}&expires={unix}&sig={signature ?? Signer.Sign(source, start, end, unix)}";
    }

    public string SignedPath(string source, string quote)
    {
        var (start, end) = Span(source, quote);
        return SignedPath(source, start, end, DateTimeOffset.UtcNow.AddHours(1));
    }

    private static string BriefingText()
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(BriefingTitle).Append("\nspeakers: Alex Morgan\ndate: 2024-03-14\nevent: Regional board seminar\n---\n");
        text.Append("# Digital services in 2024\n\n");
        for (var i = 1; i <= 24; i++)
        {
            if (i % 6 == 1) text.Append("## Progress report ").Append(i / 6 + 1).Append("\n\n");
            text.Append("Update ").Append(i).Append(" covers routine progress on estates, staffing and training across the region. ")
                .Append("It is here to make the page long enough that the cited passage starts well below the first screen.\n\n");
        }
        text.Append("## Referrals\n\n");
        text.Append("Alex Morgan set out the next steps for referrals. ").Append(CitedSentence).Append(" Practices will be told the date in writing.\n\n");
        text.Append("- Referral letters move to the new service first\n- Paper referrals stop at the end of the pilot\n\n");
        for (var i = 25; i <= 34; i++)
            text.Append("Update ").Append(i).Append(" notes further routine business that follows the cited passage.\n\n");
        return text.ToString();
    }

    private const string HostileText = """
        # Notes with markup

        The minister said <script>alert(1)</script> was not a plan.

        An image <img src=x onerror="alert(2)"> must stay text, and so must </mark></p><script>alert(3)</script> and <style>body{display:none}</style>.

        A link <a href="javascript:alert(4)">click</a> and an entity &lt;b&gt; are text too.

        """;

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
