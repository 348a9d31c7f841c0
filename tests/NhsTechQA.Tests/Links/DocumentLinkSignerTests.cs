using System.Text.RegularExpressions;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Links;

public sealed class DocumentLinkSignerTests
{
    private const string Key = "test-only-signing-key-0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly long Expires = Now.AddHours(1).ToUnixTimeSeconds();
    private readonly DocumentLinkSigner _signer = DocumentLinkSigner.FromKey(Key);

    [Fact]
    public void A_signed_link_verifies_until_it_expires()
    {
        var signature = _signer.Sign("board-paper.md", 120, 245, Expires);
        Assert.Matches(new Regex("^[A-Za-z0-9_-]{43}$"), signature); // base64url, no padding: 32 bytes of HMAC-SHA256
        Assert.Equal(LinkValidity.Valid, _signer.Verify("board-paper.md", 120, 245, Expires, signature, Now));
        Assert.Equal(LinkValidity.Expired, _signer.Verify("board-paper.md", 120, 245, Expires, signature, Now.AddHours(1)));
        Assert.Equal(LinkValidity.Expired, _signer.Verify("board-paper.md", 120, 245, Expires, signature, Now.AddDays(30)));
    }

    [Fact]
    public void Changing_the_source_the_span_or_the_expiry_breaks_the_signature()
    {
        var signature = _signer.Sign("board-paper.md", 120, 245, Expires);
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("other-paper.md", 120, 245, Expires, signature, Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 0, 245, Expires, signature, Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 9999, Expires, signature, Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 245, Expires + 86_400, signature, Now));
        // fields cannot be shifted into one another
        Assert.NotEqual(_signer.Sign("a1", 2, 3, Expires), _signer.Sign("a", 12, 3, Expires));
    }

    [Fact]
    public void A_tampered_missing_or_foreign_signature_is_rejected()
    {
        var signature = _signer.Sign("board-paper.md", 120, 245, Expires);
        var tampered = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 245, Expires, tampered, Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 245, Expires, signature[..^1], Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 245, Expires, null, Now));
        Assert.Equal(LinkValidity.BadSignature, _signer.Verify("board-paper.md", 120, 245, Expires, new string('A', 10_000), Now));
        var other = DocumentLinkSigner.FromKey(Key + "-other");
        Assert.Equal(LinkValidity.BadSignature, other.Verify("board-paper.md", 120, 245, Expires, signature, Now));
        var random = DocumentLinkSigner.CreateRandom();
        Assert.Equal(LinkValidity.BadSignature, random.Verify("board-paper.md", 120, 245, Expires, signature, Now));
    }

    [Fact]
    public void A_short_key_is_a_configuration_error_naming_the_setting()
    {
        var error = Assert.Throws<ConfigurationException>(() => DocumentLinkSigner.FromKey("too-short"));
        Assert.Contains("Links:SigningKey", error.Message);
        Assert.DoesNotContain("too-short", error.Message); // the key itself is never shown
    }
}
