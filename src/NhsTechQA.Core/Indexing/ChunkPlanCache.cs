using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Indexing;

/// <summary>
/// How each document was cut into chunks last time (first and last sentence of each chunk, counted within the
/// document), keyed by everything the cut depends on: the document's text, its sentence boundaries, the chunking
/// settings and the tokenizer. Chunking counts the tokens of every sentence, so re-using the cut of unchanged
/// documents keeps a re-ingest of a large corpus quick. Attribution is not cached: it is cheap and may look across
/// documents. One small file, rewritten (temporary name, then rename) after each build; unreadable means empty.
/// </summary>
public sealed class ChunkPlanCache
{
    private const string SubFolder = "chunk-plans";
    private const string FileName = "plans.bin";
    private const string Magic = "NHSQACHK";
    private const int FormatVersion = 1;

    private readonly string _path;
    private readonly Dictionary<UInt128, int[]> _plans;
    private readonly Dictionary<UInt128, int[]> _used = [];

    private ChunkPlanCache(string path, Dictionary<UInt128, int[]> plans) => (_path, _plans) = (path, plans);

    public static ChunkPlanCache Open(string indexFolder)
    {
        var path = Path.Combine(indexFolder, SubFolder, FileName);
        var plans = new Dictionary<UInt128, int[]>();
        try
        {
            if (File.Exists(path))
            {
                using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
                if (reader.ReadString() == Magic && reader.ReadInt32() == FormatVersion)
                {
                    var count = reader.ReadInt32();
                    for (var i = 0; i < count; i++)
                    {
                        var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
                        var plan = new int[reader.ReadInt32()];
                        for (var j = 0; j < plan.Length; j++) plan[j] = reader.ReadInt32();
                        plans[key] = plan;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or OverflowException or OutOfMemoryException or UnauthorizedAccessException)
        {
            plans.Clear();
        }
        return new ChunkPlanCache(path, plans);
    }

    /// <summary>The key of a document's cut: its text hash, sentence boundaries and the chunking settings.</summary>
    public static UInt128 Key(SourceDocument document, IReadOnlyList<Sentence> sentences, string settings)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes($"{document.ContentHash}|{settings}|"));
        foreach (var sentence in sentences)
        {
            bytes.AddRange(BitConverter.GetBytes(sentence.Start));
            bytes.AddRange(BitConverter.GetBytes(sentence.End));
        }
        return MemoryMarshal.Read<UInt128>(SHA256.HashData(bytes.ToArray()));
    }

    /// <summary>Pairs of (first, last) sentence positions within the document, one pair per chunk.</summary>
    public bool TryGet(UInt128 key, out int[] plan)
    {
        if (!_plans.TryGetValue(key, out plan!)) return false;
        _used[key] = plan;
        return true;
    }

    public void Add(UInt128 key, int[] plan) => _used[key] = plan;

    /// <summary>Writes the plans of this build's documents (and only those, so the file does not grow without bound).</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(_used.Count);
                foreach (var (key, plan) in _used)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write(plan.Length);
                    foreach (var value in plan) writer.Write(value);
                }
            }
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a speed-up: without it the next build cuts every document again.
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
