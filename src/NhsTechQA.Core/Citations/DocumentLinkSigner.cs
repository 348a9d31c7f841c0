using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Citations;

/// <summary>What checking a signed document link found.</summary>
public enum LinkValidity
{
    Valid,
    BadSignature,
    Expired,
}

/// <summary>
/// Signs and checks links to the bot's /documents page: HMAC-SHA256 over the source, the span and the expiry (unix
/// seconds), base64url without padding. Corpora may hold internal papers and the page is public, so a link is only as
/// good as its signature, and only until it expires.
/// </summary>
public sealed class DocumentLinkSigner
{
    public const int MinKeyChars = 32;
    // Longer than any signature this class writes: anything longer is rejected before hashing.
    private const int MaxSignatureChars = 64;
    private readonly byte[] _key;

    private DocumentLinkSigner(byte[] key) => _key = key;

    /// <summary>A signer with a configured key (Links:SigningKey, from user secrets or the environment).</summary>
    public static DocumentLinkSigner FromKey(string key)
    {
        if (key.Trim().Length < MinKeyChars)
            throw new ConfigurationException($"{LinksOptions.Section}:SigningKey must be at least {MinKeyChars} characters");
        return new DocumentLinkSigner(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>A signer with a random key of this process: its links stop working when the process restarts.</summary>
    public static DocumentLinkSigner CreateRandom() => new(RandomNumberGenerator.GetBytes(32));

    public string Sign(string source, int start, int end, long expiresUnixSeconds) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Message(source, start, end, expiresUnixSeconds)));

    /// <summary>The signature is checked first (in constant time), then the expiry.</summary>
    public LinkValidity Verify(string source, int start, int end, long expiresUnixSeconds, string? signature, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > MaxSignatureChars) return LinkValidity.BadSignature;
        var expected = Encoding.ASCII.GetBytes(Sign(source, start, end, expiresUnixSeconds));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return LinkValidity.BadSignature;
        return now.ToUnixTimeSeconds() >= expiresUnixSeconds ? LinkValidity.Expired : LinkValidity.Valid;
    }

    /// <summary>Each field on its own line and the source length-prefixed, so no two links share a message.</summary>
    private static byte[] Message(string source, int start, int end, long expires) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"nhsqa-document-link\n{source.Length}\n{source}\n{start}\n{end}\n{expires}"));
}
