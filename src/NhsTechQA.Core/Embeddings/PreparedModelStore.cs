using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// Keeps the embedding model in ONNX Runtime's own format, its graph already optimised, so that a fresh process opens
/// it from one file instead of reading 90 MB out of the model assembly and optimising the graph again: about 0.7 s
/// instead of 1.3 s here, most of a fresh `ask`'s wait. The first process to open a model writes the file (write, then
/// rename); a file that cannot be read is written again; a folder that cannot be written only loses the saving.
/// </summary>
/// <remarks>
/// Saved at the extended optimisation level: that level's fused operators are the same on every CPU (the level above
/// adds layout changes ONNX Runtime warns are specific to the machine), and the model's outputs are bit-for-bit those
/// of the model optimised at load, so vectors already in an index's cache stay valid.
/// </remarks>
public sealed class PreparedModelStore(string folder)
{
    private const string Extension = ".ort";

    /// <summary>The folder of <see cref="EmbeddingOptions.PreparedModelFolder"/>: empty means the user's local application data.</summary>
    public static PreparedModelStore? FromOptions(EmbeddingOptions options)
    {
        if (options.PreparedModelFolder is { Length: > 0 } configured) return new PreparedModelStore(configured);
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return data.Length == 0 ? null : new PreparedModelStore(Path.Combine(data, "NhsTechQA", "models"));
    }

    /// <summary>A session over the model: from the prepared file when there is one, else from the assembly (and then prepared).</summary>
    public PreparedSession Open(EmbeddingOptions options, Func<byte[]> readModel, int threads)
    {
        var path = Path.Combine(folder, Key(options) + Extension);
        if (File.Exists(path))
        {
            try
            {
                return FromPreparedFile(path, threads);
            }
            catch (Exception e) when (e is OnnxRuntimeException or IOException or UnauthorizedAccessException)
            {
                // A damaged or unreadable file is made again below.
                TryDelete(path);
            }
        }
        return Prepare(readModel(), path, threads);
    }

    private static PreparedSession FromPreparedFile(string path, int threads)
    {
        // ONNX Runtime reads the model and its weights from this buffer for as long as the session lives: it must not
        // move, so it lives on the pinned heap and is kept with the session.
        byte[] bytes;
        using (var file = File.OpenRead(path))
        {
            bytes = GC.AllocateUninitializedArray<byte>(checked((int)file.Length), pinned: true);
            file.ReadExactly(bytes);
        }
        using var options = SessionOptionsFor(GraphOptimizationLevel.ORT_DISABLE_ALL, threads);
        options.AddSessionConfigEntry("session.use_ort_model_bytes_directly", "1");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
        return new PreparedSession(new InferenceSession(bytes, options), bytes);
    }

    private PreparedSession Prepare(byte[] onnx, string path, int threads)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using var options = SessionOptionsFor(GraphOptimizationLevel.ORT_ENABLE_EXTENDED, threads);
            options.OptimizedModelFilePath = temporary;
            options.AddSessionConfigEntry("session.save_model_format", "ORT");
            var session = new InferenceSession(onnx, options);
            TryPublish(temporary, path);
            return new PreparedSession(session, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OnnxRuntimeException)
        {
            // The folder cannot be written (read-only home, disk full): the model still opens, as before, unsaved.
            TryDelete(temporary);
            using var options = SessionOptionsFor(GraphOptimizationLevel.ORT_ENABLE_EXTENDED, threads);
            return new PreparedSession(new InferenceSession(onnx, options), null);
        }
    }

    /// <summary>Moves the finished file into place and removes the files of other models or runtime versions.</summary>
    private void TryPublish(string temporary, string path)
    {
        try
        {
            File.Move(temporary, path, overwrite: true);
            foreach (var stale in Directory.EnumerateFiles(folder, "*" + Extension).Where(f => f != path))
                TryDelete(stale);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process holds the name: its file serves as well.
            TryDelete(temporary);
        }
    }

    private static SessionOptions SessionOptionsFor(GraphOptimizationLevel level, int threads) =>
        new() { GraphOptimizationLevel = level, IntraOpNumThreads = threads };

    /// <summary>
    /// What makes a prepared file the right one: the model (its assembly's size and time, the resource's name) and
    /// ONNX Runtime's version, whose format the file is in.
    /// </summary>
    public static string Key(EmbeddingOptions options)
    {
        var assembly = new FileInfo(EmbeddedModel.AssemblyPath(options));
        var identity = $"{options.ModelId}|{options.ModelResource}|{assembly.Length}|{assembly.LastWriteTimeUtc.Ticks}|{OrtEnv.Instance().GetVersionString()}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16].ToLowerInvariant();
        return $"{EmbeddedModel.FileNameOf(options.ModelId)}-{hash}";
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next writer to replace.
        }
    }
}

/// <summary>An ONNX Runtime session and the buffer it reads its weights from (null when it holds its own copy).</summary>
public sealed record PreparedSession(InferenceSession Session, byte[]? Buffer);
