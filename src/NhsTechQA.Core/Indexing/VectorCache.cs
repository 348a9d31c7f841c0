using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace NhsTechQA.Core.Indexing;

/// <summary>
/// Vectors of every text a model has embedded, keyed by a hash of the exact text, kept across corpus changes and
/// interrupted runs: an append-only file per model (and token limit) in the index folder, one checksummed block per
/// model batch, flushed as soon as the batch is done. Re-pointing the corpus elsewhere and back, or running again
/// after Ctrl-C, finds the finished work here. A torn or corrupt tail (a crash mid-write) is ignored: the cache is
/// read up to its last whole block and the next append starts there.
/// </summary>
public sealed class VectorCache : IDisposable
{
    private const string Magic = "NHSQAVEC";
    private const int FormatVersion = 1;
    private const int HashBytes = 16;
    private const int ChecksumBytes = 8;
    private const string SubFolder = "vector-cache";

    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly string _path;
    private readonly string _modelKey;
    private FileStream? _writer;
    private int _dimensions;

    private VectorCache(string path, string modelKey)
    {
        _path = path;
        _modelKey = modelKey;
    }

    public string FilePath => _path;

    /// <summary>Vectors held (read from the file or added since).</summary>
    public int Count => _vectors.Count;

    /// <summary>Opens (reading what is there) the cache of one model: the id and the token limit, as both change vectors.</summary>
    public static VectorCache Open(string indexFolder, string modelId, int maxTokens)
    {
        var modelKey = $"{modelId}|maxTokens={maxTokens}";
        var name = string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var suffix = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(modelKey)), 0, 4);
        var cache = new VectorCache(Path.Combine(indexFolder, SubFolder, $"{name}-{suffix}.vec"), modelKey);
        cache.Load();
        return cache;
    }

    /// <summary>The cache key of a text: the first 128 bits of the SHA-256 of its UTF-8 bytes.</summary>
    public static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return MemoryMarshal.Read<UInt128>(hash);
    }

    public bool TryGet(string text, out float[] vector) => _vectors.TryGetValue(Key(text), out vector!);

    public bool TryGet(UInt128 key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    /// <summary>Adds one batch of vectors and writes it through to disk, so it survives whatever happens next.</summary>
    public void Append(IReadOnlyList<(UInt128 Key, float[] Vector)> entries)
    {
        if (entries.Count == 0) return;
        var dimensions = entries[0].Vector.Length;
        if (entries.Any(e => e.Vector.Length != dimensions))
            throw new InvalidOperationException("a batch of vectors of mixed dimensions cannot be cached");
        if (_dimensions != 0 && dimensions != _dimensions)
        {
            // The model changed shape under the same id: start over rather than mix vectors.
            CloseWriter();
            Discard();
        }
        _dimensions = dimensions;
        var block = new MemoryStream();
        using (var writer = new BinaryWriter(block, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            foreach (var (key, vector) in entries)
            {
                writer.Write((ulong)key);
                writer.Write((ulong)(key >> 64));
                writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        }
        var body = block.ToArray();
        foreach (var (key, vector) in entries) _vectors[key] = vector;
        if (_readOnly) return;
        try
        {
            var stream = Writer();
            stream.Write(body);
            stream.Write(Checksum(body));
            stream.Flush(flushToDisk: true);
            _validLength = stream.Position;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process holds the cache (or the disk refuses): this run still works, it just is not remembered.
            _readOnly = true;
            CloseWriter();
        }
    }

    private bool _readOnly;

    private FileStream Writer()
    {
        if (_writer is not null) return _writer;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _writer = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        // Cut any torn tail (or an unreadable header) so that new blocks follow the last whole one.
        _writer.SetLength(_validLength);
        _writer.Seek(0, SeekOrigin.End);
        if (_validLength == 0)
        {
            using (var header = new BinaryWriter(_writer, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(Magic);
                header.Write(FormatVersion);
                header.Write(_modelKey);
                header.Write(_dimensions);
            }
            _validLength = _writer.Position;
        }
        return _writer;
    }

    private long _validLength;

    private void Load()
    {
        if (!File.Exists(_path)) return;
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != _modelKey)
            {
                Discard();
                return;
            }
            _dimensions = reader.ReadInt32();
            if (_dimensions is <= 0 or > 65536) { Discard(); return; }
            _validLength = stream.Position;
            var recordBytes = HashBytes + _dimensions * sizeof(float);
            while (stream.Length - stream.Position >= sizeof(int))
            {
                var count = reader.ReadInt32();
                var bodyLength = sizeof(int) + (long)count * recordBytes;
                if (count <= 0 || stream.Length - _validLength < bodyLength + ChecksumBytes) break;
                var body = new byte[bodyLength];
                stream.Position = _validLength;
                stream.ReadExactly(body);
                var checksum = reader.ReadBytes(ChecksumBytes);
                if (!checksum.AsSpan().SequenceEqual(Checksum(body))) break;
                for (var i = 0; i < count; i++)
                {
                    var offset = sizeof(int) + i * recordBytes;
                    var low = BitConverter.ToUInt64(body, offset);
                    var high = BitConverter.ToUInt64(body, offset + sizeof(ulong));
                    var vector = MemoryMarshal.Cast<byte, float>(body.AsSpan(offset + HashBytes, _dimensions * sizeof(float))).ToArray();
                    _vectors[((UInt128)high << 64) | low] = vector;
                }
                _validLength = stream.Position;
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or OverflowException)
        {
            // What was read so far stands; the writer cuts the file back to it.
        }
    }

    /// <summary>A cache of another model or format (or unreadable from the start) is replaced, not mixed with.</summary>
    private void Discard()
    {
        _vectors.Clear();
        _dimensions = 0;
        _validLength = 0;
        try { File.Delete(_path); } catch (IOException) { }
    }

    private static byte[] Checksum(byte[] body) => SHA256.HashData(body)[..ChecksumBytes];

    private void CloseWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }

    public void Dispose() => CloseWriter();
}
