using Microsoft.Extensions.AI;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Embeddings;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core;

/// <summary>
/// The composition root hosts use: loads the embedding model, loads or builds the index over the corpus folders,
/// and exposes the answerer. One instance serves many conversations concurrently.
/// </summary>
public sealed class Assistant : IDisposable
{
    private readonly LocalOnnxEmbeddingGenerator _embeddings;

    private Assistant(NhsTechQASettings settings, LocalOnnxEmbeddingGenerator embeddings, IndexLoadResult load)
    {
        Settings = settings;
        _embeddings = embeddings;
        Load = load;
        Search = new SearchContext(load.Index, settings.Retrieval);
        Extractive = new ExtractiveAnswerer(Search, embeddings, settings.Answering, settings.Glossary);
        Answerer = Extractive;
    }

    public NhsTechQASettings Settings { get; }
    public IndexLoadResult Load { get; }
    public SearchContext Search { get; }
    public ExtractiveAnswerer Extractive { get; }

    /// <summary>The answerer in use: the extractive one unless a host installs another (the generative one) at start.</summary>
    public IQuestionAnswerer Answerer { get; private set; }

    public void UseAnswerer(IQuestionAnswerer answerer) => Answerer = answerer;
    public IEmbeddingGenerator<string, Embedding<float>> Embeddings => _embeddings;

    public Conversation NewConversation() => new(Settings.Answering.ConversationTurnsKept);

    public static LocalOnnxEmbeddingGenerator CreateEmbeddingGenerator(EmbeddingOptions options) =>
        new(EmbeddedModel.Load(options), options);

    public static async Task<Assistant> OpenAsync(
        NhsTechQASettings settings, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        settings.Validate();
        var embeddings = CreateEmbeddingGenerator(settings.Embedding);
        try
        {
            var builder = CreateIndexBuilder(settings, embeddings);
            var load = await builder.LoadOrBuildAsync(settings.Corpus.Folders, progress, cancellationToken);
            return new Assistant(settings, embeddings, load);
        }
        catch
        {
            embeddings.Dispose();
            throw;
        }
    }

    public static IndexBuilder CreateIndexBuilder(NhsTechQASettings settings, LocalOnnxEmbeddingGenerator embeddings) =>
        new(new DocumentReader(settings.Corpus),
            new Chunker(settings.Chunking, embeddings),
            new EmbeddingStep(embeddings, settings.Embedding),
            new IndexStore(settings.Index.Folder),
            settings.Chunking, settings.Embedding, settings.Embedding.ModelId);

    public Task<Answer> AskAsync(Conversation conversation, string question, CancellationToken cancellationToken) =>
        Answerer.AskAsync(conversation, question, cancellationToken);

    public void Dispose()
    {
        Search.Dispose();
        _embeddings.Dispose();
    }
}
