using System.Reflection;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// The ONNX model and vocabulary that ship as embedded resources of a NuGet package assembly. The assembly is only
/// read for its resources, never executed.
/// </summary>
public sealed record EmbeddedModel(byte[] Onnx, byte[] Vocabulary, string ModelId)
{
    public static EmbeddedModel Load(EmbeddingOptions options)
    {
        var assembly = LoadAssembly(options);
        return new EmbeddedModel(ReadResource(assembly, options.ModelResource), ReadResource(assembly, options.VocabularyResource), options.ModelId);
    }

    /// <summary>The vocabulary alone (a word list of the model's language), without reading the model.</summary>
    public static byte[] LoadVocabulary(EmbeddingOptions options) => ReadResource(LoadAssembly(options), options.VocabularyResource);

    /// <summary>The ONNX model alone, as it ships (a prepared copy, <see cref="PreparedModelStore"/>, opens faster).</summary>
    public static byte[] ReadModel(EmbeddingOptions options) => ReadResource(LoadAssembly(options), options.ModelResource);

    /// <summary>Where the model assembly is: relative paths resolve against the program folder.</summary>
    public static string AssemblyPath(EmbeddingOptions options) => Path.IsPathRooted(options.ModelAssembly)
        ? options.ModelAssembly
        : Path.Combine(AppContext.BaseDirectory, options.ModelAssembly);

    /// <summary>A model id as a file or folder name: letters, digits, "-", "_" and "." kept, anything else "_".</summary>
    public static string FileNameOf(string modelId) =>
        string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    private static Assembly LoadAssembly(EmbeddingOptions options)
    {
        var path = AssemblyPath(options);
        if (!File.Exists(path))
            throw new ModelUnavailableException($"embedding model assembly not found at '{path}' (setting Embedding:ModelAssembly); rebuild the project to restore it");
        return Assembly.LoadFile(path);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new ModelUnavailableException($"resource '{name}' not found in '{assembly.Location}' (settings Embedding:ModelResource / Embedding:VocabularyResource)");
        // Read straight into an array of the resource's size: the model is 90 MB, and a copy through a MemoryStream doubles it.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}

/// <summary>The embedding model cannot be loaded; the message names the setting to fix.</summary>
public sealed class ModelUnavailableException(string message) : Exception(message);
