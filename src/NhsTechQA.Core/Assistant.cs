using Microsoft.Extensions.AI;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Citations;
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
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;

    private Assistant(NhsTechQASettings settings, IEmbeddingGenerator<string, Embedding<float>> embeddings, IndexLoadResult load, byte[] vocabulary)
    {
        Settings = settings;
        _embeddings = embeddings;
        Load = load;
        Search = new SearchContext(load.Index, settings.Retrieval, new IndexStore(settings.Index.Folder).LexicalFolder(load.Index.Fingerprint));
        _commonWords = CommonWords.FromVocabulary(vocabulary);
        Extractive = ExtractiveWith(settings.Answering);
        Answerer = Extractive;
    }

    public NhsTechQASettings Settings { get; }
    public IndexLoadResult Load { get; }
    public SearchContext Search { get; }
    public ExtractiveAnswerer Extractive { get; }

    /// <summary>The answerer in use: the extractive one unless a host installs another (the generative one) at start.</summary>
    public IQuestionAnswerer Answerer { get; private set; }

    public void UseAnswerer(IQuestionAnswerer answerer) => Answerer = answerer;

    /// <summary>Gives citations their links (installed by hosts from the Links settings); null leaves them without.</summary>
    public CitationLinker? Linker { get; private set; }

    public void UseLinker(CitationLinker linker) => Linker = linker;

    /// <summary>The answer with its citations' links, for answers made without <see cref="AskAsync"/> (streamed ones).</summary>
    public Answer WithLinks(Answer answer) => Linker is null ? answer : Linker.Link(answer, Search.Index);

    public IEmbeddingGenerator<string, Embedding<float>> Embeddings => _embeddings;

    private readonly IReadOnlySet<string> _commonWords;

    /// <summary>An extractive answerer over this index with other answering options (for fitting them).</summary>
    // Queries from concurrent users share model runs (a server); a single user sees no difference.
    public ExtractiveAnswerer ExtractiveWith(AnsweringOptions options) =>
        new(Search, new CoalescingEmbeddingGenerator(_embeddings, Settings.Embedding.BatchSize), options, Settings.Glossary, _commonWords);

    public Conversation NewConversation() => new(Settings.Answering.ConversationTurnsKept);

    public static LocalOnnxEmbeddingGenerator CreateEmbeddingGenerator(EmbeddingOptions options) =>
        LocalOnnxEmbeddingGenerator.Open(options, EmbeddedModel.LoadVocabulary(options), PreparedModelStore.FromOptions(options));

    public static Task<Assistant> OpenAsync(
        NhsTechQASettings settings, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken) =>
        OpenAsync(settings, null, progress, cancellationToken);

    /// <param name="remote">
    /// Another embedding model (Azure OpenAI, say) and its id, used instead of the local one. Its vectors get an index
    /// of their own, in a subfolder named after the model, and are never mixed with the local model's.
    /// </param>
    public static async Task<Assistant> OpenAsync(NhsTechQASettings settings,
        (IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId)? remote,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var (effective, embeddings, tokens, modelId, vocabulary) = Prepare(settings, remote);
        try
        {
            var builder = CreateIndexBuilder(effective, embeddings, tokens, modelId);
            var load = await builder.LoadOrBuildAsync(effective.Corpus.Folders, progress, cancellationToken);
            var assistant = new Assistant(effective, embeddings, load, vocabulary);
            // A model that cannot be loaded is an error of opening, not of the first question.
            if (embeddings is DeferredEmbeddingGenerator deferred) await deferred.ReadyAsync();
            return assistant;
        }
        catch
        {
            embeddings.Dispose();
            throw;
        }
    }

    /// <summary>Loads or builds the index and nothing more (no search structures over it): what `ingest` needs.</summary>
    public static async Task<IndexLoadResult> BuildIndexAsync(NhsTechQASettings settings,
        (IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId)? remote,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var (effective, embeddings, tokens, modelId, _) = Prepare(settings, remote);
        using (embeddings)
            return await CreateIndexBuilder(effective, embeddings, tokens, modelId).LoadOrBuildAsync(effective.Corpus.Folders, progress, cancellationToken);
    }

    /// <summary>
    /// The embedding model (local, or the remote one with an index subfolder of its own), its token counter and id, and
    /// the local model's vocabulary (read once: the tokenizer and the everyday-word list both come from it).
    /// </summary>
    private static (NhsTechQASettings Settings, IEmbeddingGenerator<string, Embedding<float>> Embeddings, ITokenCounter Tokens, string ModelId, byte[] Vocabulary) Prepare(
        NhsTechQASettings settings, (IEmbeddingGenerator<string, Embedding<float>> Generator, string ModelId)? remote)
    {
        settings.Validate();
        // The local model loads while the index is read; only the tokenizer is needed before (to split on a rebuild).
        var loading = remote is null ? Task.Run<IEmbeddingGenerator<string, Embedding<float>>>(() => CreateEmbeddingGenerator(settings.Embedding)) : null;
        var vocabulary = EmbeddedModel.LoadVocabulary(settings.Embedding);
        var tokens = BertTokenCounter.FromVocabulary(vocabulary);
        if (remote is { } external)
        {
            var folder = Path.Combine(settings.Index.Folder, EmbeddedModel.FileNameOf(external.ModelId));
            return (settings with { Index = new IndexOptions { Folder = folder } }, new NormalizingEmbeddingGenerator(external.Generator), tokens, external.ModelId, vocabulary);
        }
        return (settings, new DeferredEmbeddingGenerator(loading!), tokens, settings.Embedding.ModelId, vocabulary);
    }

    public static IndexBuilder CreateIndexBuilder(NhsTechQASettings settings, IEmbeddingGenerator<string, Embedding<float>> embeddings,
        ITokenCounter tokens, string modelId) =>
        new(new DocumentReader(settings.Corpus),
            new Chunker(settings.Chunking, tokens),
            new EmbeddingStep(embeddings, settings.Embedding),
            new IndexStore(settings.Index.Folder),
            settings.Chunking, settings.Embedding, modelId);

    public async Task<Answer> AskAsync(Conversation conversation, string question, CancellationToken cancellationToken) =>
        WithLinks(await Answerer.AskAsync(conversation, question, cancellationToken));

    public void Dispose()
    {
        Search.Dispose();
        _embeddings.Dispose();
    }
}
