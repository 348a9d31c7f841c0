using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Indexing;

/// <summary>
/// Persists a <see cref="CorpusIndex"/> in one file, written to a temporary name and renamed into place so that a
/// crash never leaves a half-written index. Document texts are not stored: they are re-read and their hashes compared.
/// </summary>
public sealed class IndexStore(string folder)
{
    private const string FileName = "index.bin";
    private const string Magic = "NHSQAIDX";
    // 3: the fingerprint precedes the header, so a stale index is recognised without reading it; no text hashes
    // (vectors are reused through the vector cache).
    private const int FormatVersion = 3;

    public string IndexPath => Path.Combine(folder, FileName);

    /// <summary>
    /// The folder for the BM25 indexes of the index with this fingerprint, so a fresh process opens them instead of
    /// re-analysing the corpus; those of other fingerprints (stale) are removed.
    /// </summary>
    public string LexicalFolder(string fingerprint)
    {
        var name = $"{LexicalPrefix}{fingerprint[..Math.Min(16, fingerprint.Length)]}";
        if (Directory.Exists(folder))
            foreach (var stale in Directory.EnumerateDirectories(folder, $"{LexicalPrefix}*").Where(d => Path.GetFileName(d) != name))
            {
                try { Directory.Delete(stale, recursive: true); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* in use by another process; removed next time */ }
            }
        return Path.Combine(folder, name);
    }

    private const string LexicalPrefix = "lexical-";

    /// <summary>How each document was cut into chunks by earlier builds in this folder.</summary>
    public ChunkPlanCache OpenChunkPlans() => ChunkPlanCache.Open(folder);

    /// <summary>The vectors every earlier build in this folder computed with the model, whatever corpus it was for.</summary>
    public VectorCache OpenVectorCache(string modelId, int maxTokens) => VectorCache.Open(folder, modelId, maxTokens);

    /// <summary>What a stored index holds, without document texts.</summary>
    public sealed record StoredIndex(
        string Fingerprint, string ModelId, List<StoredDocument> Documents, List<DocumentProfile> Profiles,
        List<Sentence> Sentences, List<Chunk> Chunks, float[][] SentenceVectors, float[][] ChunkVectors);

    public sealed record StoredDocument(string SourceId, string ContentHash);

    private sealed record Header(
        string Fingerprint, string ModelId, int Dimensions, List<StoredDocument> Documents, List<DocumentProfile> Profiles,
        List<Sentence> Sentences, List<Chunk> Chunks);

    public static string TextHash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);

    public async Task SaveAsync(CorpusIndex index, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var header = new Header(index.Fingerprint, index.ModelId,
            index.SentenceVectors.FirstOrDefault()?.Length ?? index.ChunkVectors.FirstOrDefault()?.Length ?? 0,
            index.Documents.Select(d => new StoredDocument(d.SourceId, d.ContentHash)).ToList(),
            index.Profiles.ToList(), index.Sentences.ToList(), index.Chunks.ToList());
        var temporary = Path.Combine(folder, $"{FileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(index.Fingerprint);
                var json = JsonSerializer.SerializeToUtf8Bytes(header);
                writer.Write(json.Length);
                writer.Write(json);
                WriteVectors(writer, index.SentenceVectors, header.Dimensions);
                WriteVectors(writer, index.ChunkVectors, header.Dimensions);
                writer.Flush();
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, IndexPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// The stored index, or null when there is none, it cannot be read (corrupt, foreign, older format), or its
    /// fingerprint is not <paramref name="expectedFingerprint"/> (checked before the rest is read).
    /// </summary>
    public Task<StoredIndex?> TryLoadAsync(CancellationToken cancellationToken, string? expectedFingerprint = null) =>
        Task.FromResult(TryLoad(expectedFingerprint));

    private StoredIndex? TryLoad(string? expectedFingerprint)
    {
        if (!File.Exists(IndexPath)) return null;
        try
        {
            using var file = new FileStream(IndexPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) return null;
            var fingerprint = reader.ReadString();
            if (expectedFingerprint is not null && fingerprint != expectedFingerprint) return null;
            var stored = Parse(reader);
            return stored?.Fingerprint == fingerprint ? stored : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or JsonException or FormatException
                                      or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The header and vectors that follow the fingerprint; null when they do not fit together.</summary>
    private static StoredIndex? Parse(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var header = JsonSerializer.Deserialize<Header>(reader.ReadBytes(length));
        if (header is null) return null;
        var sentenceVectors = ReadVectors(reader, header.Sentences.Count, header.Dimensions);
        var chunkVectors = ReadVectors(reader, header.Chunks.Count, header.Dimensions);
        return new StoredIndex(header.Fingerprint, header.ModelId, header.Documents, header.Profiles, header.Sentences,
            header.Chunks, sentenceVectors, chunkVectors);
    }

    private static void WriteVectors(BinaryWriter writer, float[][] vectors, int dimensions)
    {
        foreach (var vector in vectors)
        {
            if (vector.Length != dimensions) throw new InvalidOperationException("vectors of mixed dimensions cannot be stored together");
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }

    private static float[][] ReadVectors(BinaryReader reader, int count, int dimensions)
    {
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[dimensions];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors[i].AsSpan()));
        }
        return vectors;
    }
}
