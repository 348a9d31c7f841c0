using Microsoft.AspNetCore.WebUtilities;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Tests.Links;

public sealed class CitationLinkerTests
{
    private const string Key = "test-only-signing-key-0123456789abcdef";
    private const string Text = "Opening words. We will put electronic records in every trust by 2025. Closing words.";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly int Start = Text.IndexOf("We will", StringComparison.Ordinal);
    private static readonly int End = Text.IndexOf(" Closing", StringComparison.Ordinal);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static SourceDocument Document(string? url) =>
        new("speech.md", "/corpus/speech.md", Text, "hash") { Metadata = DocumentMetadata.Empty with { Url = url } };

    private static CitationLinker Linker(string baseUrl, DocumentLinkSigner? signer) =>
        new(new LinksOptions { BaseUrl = baseUrl, LifetimeHours = 24 }, signer, new FixedTime(Now));

    [Fact]
    public void A_document_with_a_url_links_to_it_with_a_text_fragment_of_the_span()
    {
        var link = Linker("", null).LinkFor(Document("https://www.gov.uk/government/speeches/records"), Start, End);
        Assert.NotNull(link);
        Assert.StartsWith("https://www.gov.uk/government/speeches/records#:~:text=", link);
        var directive = TextDirective.Parse(link[(link.IndexOf(":~:", StringComparison.Ordinal) + 3)..])!;
        Assert.Equal((Start, End), TextFragment.Find(Text, directive));
    }

    [Fact]
    public void A_document_without_a_url_links_to_the_bot_page_with_a_signature_that_verifies()
    {
        var signer = DocumentLinkSigner.FromKey(Key);
        var link = Linker("https://qa.example.nhs.uk/", signer).LinkFor(Document(null), Start, End);
        Assert.StartsWith("https://qa.example.nhs.uk/documents/speech.md?", link);
        var query = QueryHelpers.ParseQuery(new Uri(link!).Query);
        Assert.Equal(Start.ToString(), query["start"]);
        Assert.Equal(End.ToString(), query["end"]);
        var expires = long.Parse(query["expires"]!);
        Assert.Equal(Now.AddHours(24).ToUnixTimeSeconds(), expires);
        Assert.Equal(LinkValidity.Valid, signer.Verify("speech.md", Start, End, expires, query["sig"], Now));
    }

    [Fact]
    public void Without_a_url_a_base_url_or_a_key_there_is_no_link()
    {
        Assert.Null(Linker("", DocumentLinkSigner.FromKey(Key)).LinkFor(Document(null), Start, End));
        Assert.Null(Linker("https://qa.example.nhs.uk", null).LinkFor(Document(null), Start, End));
    }

    [Fact]
    public void Only_web_addresses_from_a_document_are_linked()
    {
        var link = Linker("https://qa.example.nhs.uk", DocumentLinkSigner.FromKey(Key)).LinkFor(Document("javascript:alert(1)"), Start, End);
        Assert.StartsWith("https://qa.example.nhs.uk/documents/", link);
        Assert.Null(Linker("", null).LinkFor(Document("file:///etc/passwd"), Start, End));
    }

    [Fact]
    public void A_base_url_that_is_not_a_web_address_is_a_configuration_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => Linker("qa.example.nhs.uk", null));
        Assert.Contains("Links:BaseUrl", error.Message);
    }
}
