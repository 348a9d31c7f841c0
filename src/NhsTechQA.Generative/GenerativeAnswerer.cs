using System.Net;
using System.Text;
using Microsoft.ML.Tokenizers;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Generative;

/// <summary>
/// Answers with a chat model through Semantic Kernel: same retrieval and abstention as offline, a fluent answer from
/// numbered passages, then every sentence verified against the passages it cites. When the model is unreachable or
/// its answer cannot be verified, the offline answer is given, with a notice.
/// </summary>
public sealed class GenerativeAnswerer : IQuestionAnswerer
{
    private readonly ExtractiveAnswerer _extractive;
    private readonly SearchContext _context;
    private readonly Kernel _kernel;
    private readonly KernelFunction _answer;
    private readonly KernelFunction _rewrite;
    private readonly GenerationOptions _options;
    private readonly AnswerVerifier _verifier;
    private readonly VerificationOptions _verification;
    private readonly Tokenizer _tokenizer;
    private readonly ChatProvider _provider;

    public GenerativeAnswerer(ExtractiveAnswerer extractive, SearchContext context, Kernel kernel, PromptLibrary prompts,
        GenerationOptions options, VerificationOptions verification, ChatProvider provider)
    {
        _extractive = extractive;
        _context = context;
        _kernel = kernel;
        _answer = kernel.CreateFunctionFromPrompt(prompts[PromptLibrary.AnswerPrompt]);
        _rewrite = kernel.CreateFunctionFromPrompt(prompts[PromptLibrary.RewritePrompt]);
        _options = options;
        _verification = verification;
        _verifier = new AnswerVerifier(context.Sentences.Lexical, verification);
        _tokenizer = TiktokenTokenizer.CreateForEncoding(options.TokenizerEncoding);
        _provider = provider;
    }

    /// <summary>Receives the model's answer text as it arrives, before verification.</summary>
    public Func<string, Task>? OnPartialAnswer { get; set; }

    public Task<Answer> AskAsync(Conversation conversation, string question, CancellationToken cancellationToken) =>
        AskAsync(conversation, question, null, cancellationToken);

    public async Task<Answer> AskAsync(Conversation conversation, string question, Func<string, Task>? onPartial, CancellationToken cancellationToken)
    {
        var analyzed = _extractive.Analyze(question, conversation);
        string? notice = null;
        if (conversation.Turns.Count > 0 && analyzed.SearchText.Length > 0)
        {
            var (rewritten, failure) = await TryModelAsync(() => RewriteAsync(conversation, analyzed.SearchText, cancellationToken), cancellationToken);
            if (rewritten is { Length: > 0 }) analyzed = _extractive.Analyze(rewritten, conversation) with { IgnoredInstructions = analyzed.IgnoredInstructions };
            notice = failure;
        }
        var found = await _extractive.RetrieveAsync(analyzed, cancellationToken);
        // Only clear refusals are made before the model is called; borderline questions go to the model and the verifier.
        var answer = found.Verdict.Answerable || !found.Verdict.Clear
            ? await GenerateAsync(analyzed, found, onPartial ?? OnPartialAnswer, cancellationToken)
            : _extractive.Compose(analyzed, found.Selected, found.Verdict);
        if (notice is not null && answer.Notice is null) answer = answer with { Notice = notice };
        conversation.Add(ConversationTurn.Of(question, answer, analyzed));
        return answer;
    }

    private async Task<Answer> GenerateAsync(AnalyzedQuestion question, ExtractiveAnswerer.Explanation found,
        Func<string, Task>? onPartial, CancellationToken cancellationToken)
    {
        var passages = Passages(found.Ranked, question.SearchText);
        var (text, failure) = await TryModelAsync(() => CompleteAsync(passages, question.SearchText, onPartial, cancellationToken), cancellationToken);
        if (text is null)
            return Offline(question, found, failure ?? "The language model gave no answer; this is the offline answer.");
        var verification = _verifier.Verify(text, passages);
        var kept = verification.Kept;
        if (kept.Count == 0 || kept.Count < _verification.MinKeptShare * verification.Sentences.Count)
            return Offline(question, found, "The language model's answer could not be verified against the speeches; this is the offline answer.")
                with { Dropped = verification.Dropped.Select(d => d.Text).ToList() };
        return Compose(kept, verification.Dropped, passages, question.IgnoredInstructions);
    }

    private Answer Offline(AnalyzedQuestion question, ExtractiveAnswerer.Explanation found, string notice) =>
        _extractive.Compose(question, found.Selected, found.Verdict) with { Notice = notice };

    /// <summary>Kept sentences with their citations renumbered 1, 2, … in order of first use; citations are the passages' exact spans.</summary>
    private Answer Compose(IReadOnlyList<VerifiedSentence> kept, IReadOnlyList<VerifiedSentence> dropped, IReadOnlyList<Passage> passages, bool ignoredInstructions)
    {
        var renumbered = new Dictionary<int, int>();
        var cited = new List<Sentence>();
        var text = new StringBuilder();
        if (ignoredInstructions) text.Append(ExtractiveAnswerComposer.IgnoredInstructionsNotice).Append(' ');
        foreach (var sentence in kept)
        {
            text.Append(sentence.Text);
            foreach (var n in sentence.Cites)
            {
                if (!renumbered.TryGetValue(n, out var number))
                {
                    renumbered[n] = number = renumbered.Count + 1;
                    cited.Add(passages.Single(p => p.N == n).Source.Sentence);
                }
                text.Append($" [{number}]");
            }
            text.Append(' ');
        }
        return new Answer(text.ToString().Trim(), Refused: false, CitationBuilder.Build(_context.Index, cited), Answer.GenerativeMode)
        {
            Dropped = dropped.Select(d => d.Text).ToList(),
        };
    }

    /// <summary>The best-ranked sentences, numbered, as many as fit the model's context with room for the answer.</summary>
    private List<Passage> Passages(IReadOnlyList<RankedSentence> ranked, string question)
    {
        var budget = _options.ContextTokens - _options.MaxAnswerTokens - _tokenizer.CountTokens(question) - PromptOverheadTokens;
        var passages = new List<Passage>();
        foreach (var sentence in ranked.Take(_options.Passages))
        {
            var profile = _context.Index.Profile(sentence.Sentence.SourceId);
            var passage = new Passage(passages.Count + 1, sentence, _context.Index.TextOf(sentence.Sentence), sentence.Sentence.Speaker, profile.Event);
            budget -= _tokenizer.CountTokens(Render(passage));
            if (budget < 0) break;
            passages.Add(passage);
        }
        return passages;
    }

    // The system prompt's size, rounded up; counted once rather than rendered per request.
    private const int PromptOverheadTokens = 400;

    private static string Render(Passage p) =>
        $"[{p.N}] ({(p.Speaker is null ? "narration" : $"speaker: {p.Speaker}")}; {p.Event ?? p.Source.Sentence.SourceId}) {p.Text}";

    private async Task<string> CompleteAsync(IReadOnlyList<Passage> passages, string question, Func<string, Task>? onPartial, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments(Settings(_options.MaxAnswerTokens))
        {
            ["passages"] = string.Join("\n", passages.Select(Render)),
            ["question"] = question,
        };
        if (onPartial is null)
            return (await _kernel.InvokeAsync(_answer, arguments, cancellationToken)).GetValue<string>() ?? "";
        var text = new StringBuilder();
        await foreach (var chunk in _kernel.InvokeStreamingAsync<StreamingChatMessageContent>(_answer, arguments, cancellationToken))
        {
            if (string.IsNullOrEmpty(chunk.Content)) continue;
            text.Append(chunk.Content);
            await onPartial(chunk.Content);
        }
        return text.ToString();
    }

    private async Task<string> RewriteAsync(Conversation conversation, string question, CancellationToken cancellationToken)
    {
        var history = new StringBuilder();
        var budget = _options.ContextTokens / 4;
        foreach (var turn in conversation.Turns.TakeLast(_options.HistoryTurns).Reverse())
        {
            var entry = $"Q: {turn.Question}\nA: {turn.Answer.Text}\n";
            budget -= _tokenizer.CountTokens(entry);
            if (budget < 0) break;
            history.Insert(0, entry);
        }
        var arguments = new KernelArguments(Settings(maxTokens: 100)) { ["history"] = history.ToString(), ["question"] = question };
        var rewritten = (await _kernel.InvokeAsync(_rewrite, arguments, cancellationToken)).GetValue<string>() ?? "";
        return rewritten.Trim().Trim('"', '“', '”');
    }

    private OpenAIPromptExecutionSettings Settings(int maxTokens) => new() { Temperature = _options.Temperature, MaxTokens = maxTokens };

    /// <summary>
    /// Runs a model call within the total time limit. A failure becomes a one-line notice naming the setting to check;
    /// the caller falls back to the offline answer.
    /// </summary>
    private async Task<(T? Result, string? Failure)> TryModelAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) where T : class
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            return (await call().WaitAsync(limit.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"The language model ({_provider.Name}) did not answer within {_options.TimeoutSeconds:0} s (setting Generation:TimeoutSeconds); this is the offline answer.");
        }
        catch (HttpOperationException e)
        {
            return (null, Describe(e.StatusCode) + " This is the offline answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any other failure of the model call (transport, SDK, retries exhausted) leaves the offline answer standing.
            return (null, $"The language model ({_provider.Name} at {_provider.Endpoint}) could not be reached: {FirstLine(e.Message)} This is the offline answer.");
        }
    }

    private string Describe(HttpStatusCode? status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            $"The language model rejected the credentials (HTTP {(int)status}): check {_provider.KeySetting}.",
        HttpStatusCode.NotFound =>
            $"The language model was not found (HTTP 404): check {(_provider.Name == "Azure OpenAI" ? "AzureOpenAI:ChatDeployment and AzureOpenAI:Endpoint" : "OpenAI:ChatModel and OpenAI:Endpoint")}.",
        null => $"The language model ({_provider.Name} at {_provider.Endpoint}) could not be reached.",
        _ => $"The language model answered HTTP {(int)status.Value} after retries.",
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
