using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Core.Embeddings;

/// <summary>
/// snowflake-arctic-embed-xs run locally with ONNX Runtime: CLS pooling (row 0 of last_hidden_state), then L2
/// normalisation, as the model card prescribes. Queries get the model's retrieval prefix; documents none.
/// </summary>
public sealed class LocalOnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>, ITokenCounter
{
    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly EmbeddingOptions _options;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _dimensions;

    // Kept while the session lives: a prepared model's session reads its weights from this buffer.
    private readonly byte[]? _buffer;

    public LocalOnnxEmbeddingGenerator(EmbeddedModel model, EmbeddingOptions options)
        : this(OpenUnprepared(model.Onnx, options), model.Vocabulary, model.ModelId, options)
    {
    }

    private LocalOnnxEmbeddingGenerator(PreparedSession session, byte[] vocabulary, string modelId, EmbeddingOptions options)
    {
        _options = options;
        _session = session.Session;
        _buffer = session.Buffer;
        using var vocabularyStream = new MemoryStream(vocabulary, writable: false);
        _tokenizer = HuggingFaceBertTokenizer.Create(vocabularyStream);
        _dimensions = (int)_session.OutputMetadata["last_hidden_state"].Dimensions[^1];
        _metadata = new EmbeddingGeneratorMetadata("onnxruntime", null, modelId, _dimensions);
    }

    /// <summary>The configured model, from its prepared copy in <paramref name="store"/> when there is one.</summary>
    public static LocalOnnxEmbeddingGenerator Open(EmbeddingOptions options, byte[] vocabulary, PreparedModelStore? store) =>
        store is null
            ? new LocalOnnxEmbeddingGenerator(OpenUnprepared(EmbeddedModel.ReadModel(options), options), vocabulary, options.ModelId, options)
            : new LocalOnnxEmbeddingGenerator(store.Open(options, () => EmbeddedModel.ReadModel(options), Threads(options)), vocabulary, options.ModelId, options);

    private static PreparedSession OpenUnprepared(byte[] onnx, EmbeddingOptions options)
    {
        using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = Threads(options) };
        return new PreparedSession(new InferenceSession(onnx, sessionOptions), null);
    }

    // ONNX Runtime's own default measured at half the throughput of one thread per logical core here.
    private static int Threads(EmbeddingOptions options) => options.IntraOpThreads > 0 ? options.IntraOpThreads : Environment.ProcessorCount;

    public int Dimensions => _dimensions;

    public int CountTokens(string text) => _tokenizer.CountTokens(text);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prefix = EmbeddingInput.IsQuery(options) ? _options.QueryPrefix : "";
        var texts = values.Select(v => prefix + v).ToList();
        var vectors = new float[texts.Count][];
        // Batching texts of similar length keeps padding, and so wasted compute, small.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var batchSize = Math.Max(1, _options.BatchSize);
        for (var offset = 0; offset < order.Length; offset += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(offset, Math.Min(batchSize, order.Length - offset)).ToArray();
            var embedded = EmbedBatch(batch.Select(i => texts[i]).ToList());
            for (var j = 0; j < batch.Length; j++) vectors[batch[j]] = embedded[j];
        }
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = _metadata.DefaultModelId }));
        return Task.FromResult(result);
    }

    private float[][] EmbedBatch(IReadOnlyList<string> texts)
    {
        var encoded = texts.Select(Encode).ToList();
        var length = encoded.Max(e => e.Length);
        var ids = new long[texts.Count * length];
        var mask = new long[texts.Count * length];
        var types = new long[texts.Count * length];
        for (var row = 0; row < encoded.Count; row++)
            for (var col = 0; col < encoded[row].Length; col++)
            {
                ids[row * length + col] = encoded[row][col];
                mask[row * length + col] = 1;
            }
        long[] shape = [texts.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions,
            ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[texts.Count][];
        for (var row = 0; row < texts.Count; row++)
        {
            var cls = hidden.Slice(row * length * _dimensions, _dimensions).ToArray();
            VectorMath.Normalize(cls);
            result[row] = cls;
        }
        return result;
    }

    /// <summary>Token ids with [CLS] and [SEP], truncated to the model's limit with [SEP] kept last.</summary>
    private long[] Encode(string text)
    {
        var ids = _tokenizer.EncodeToIds(text);
        var max = Math.Min(_options.MaxTokens, 512);
        if (ids.Count <= max) return ids.Select(i => (long)i).ToArray();
        var truncated = ids.Take(max - 1).Select(i => (long)i).ToList();
        truncated.Add(_tokenizer.SeparatorTokenId);
        return truncated.ToArray();
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        _session.Dispose();
        GC.KeepAlive(_buffer);
    }
}

/// <summary>Counts tokens the way the embedding model does, so chunks fit its window.</summary>
public interface ITokenCounter
{
    int CountTokens(string text);
}

/// <summary>Marks an embedding request as a search query, for models that embed queries and passages differently.</summary>
public static class EmbeddingInput
{
    public const string InputTypeKey = "input_type";
    public const string Query = "query";

    public static EmbeddingGenerationOptions ForQuery() =>
        new() { AdditionalProperties = new AdditionalPropertiesDictionary { [InputTypeKey] = Query } };

    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(InputTypeKey, out var value) == true && Equals(value, Query);
}
