using NhsTechQA.Core;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Generative;

namespace NhsTechQA.Bot.Hosting;

/// <summary>
/// Opens the assistant (index load or build) in the background at start, so the web host answers /healthz at once:
/// 503 while loading, 200 once the index is loaded.
/// </summary>
public sealed class AssistantHost(IConfiguration configuration, CitationLinker linker, ILogger<AssistantHost> logger) : IHostedService, IDisposable
{
    private readonly TaskCompletionSource<Assistant> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;
    public string? Failure { get; private set; }

    public Task<Assistant> GetAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                var baseFolder = configuration["NhsTechQA:BaseFolder"] ?? Directory.GetCurrentDirectory();
                var settings = SettingsLoader.Load((configuration, baseFolder), null, null);
                var models = GenerativeSetup.ModelSettings.From(configuration);
                var assistant = await Assistant.OpenAsync(settings, ChatModelFactory.CreateEmbeddingGenerator(models.AzureOpenAI, models.Generation), null, CancellationToken.None);
                var provider = GenerativeSetup.Configure(assistant, models, baseFolder);
                assistant.UseLinker(linker);
                logger.LogInformation("index loaded: {Documents} documents, {Sentences} sentences; answers {Mode}",
                    assistant.Search.Index.Documents.Count, assistant.Search.Index.Sentences.Count, provider is null ? "offline (extractive)" : $"generative ({provider.Name})");
                _ready.SetResult(assistant);
            }
            catch (Exception e)
            {
                Failure = e.Message;
                logger.LogError("the assistant could not start: {Message}", e.Message);
                _ready.SetException(e);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        if (_ready.Task.IsCompletedSuccessfully) _ready.Task.Result.Dispose();
    }
}
