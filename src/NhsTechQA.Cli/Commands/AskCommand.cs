using System.CommandLine;
using System.Diagnostics;
using NhsTechQA.Core;
using NhsTechQA.Core.Answering;

namespace NhsTechQA.Cli.Commands;

public static class AskCommand
{
    public static Command Create(CommonOptions common)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (the eval contract)" };
        var explain = new Option<bool>("--explain") { Description = "Also show how the question was read and how sentences were ranked" };
        var after = new Option<string[]>("--after") { Description = "An earlier question of the same conversation (repeatable, in order): the question is asked as a follow-up" };
        var command = new Command("ask", "Answer one question and exit") { question, json, explain, after };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var text = result.GetValue(question) ?? "";
            // A bad question is reported before any index work starts.
            QuestionValidator.Validate(text, common.LoadSettings(result).Answering);
            using var assistant = await common.OpenAsync(result, cancellationToken);
            var conversation = assistant.NewConversation();
            foreach (var earlier in result.GetValue(after) ?? [])
            {
                QuestionValidator.Validate(earlier, assistant.Settings.Answering);
                await assistant.AskAsync(conversation, earlier, cancellationToken);
            }
            if (result.GetValue(explain) && assistant.Answerer is ExtractiveAnswerer extractive)
                Explain(assistant, await extractive.ExplainAsync(conversation, text, cancellationToken));
            var stopwatch = Stopwatch.StartNew();
            var answer = await assistant.AskAsync(conversation, text, cancellationToken);
            var latency = stopwatch.Elapsed.TotalMilliseconds;
            if (result.GetValue(json))
                Console.WriteLine(AnswerJson.From(null, text, answer, latency).ToJson(indented: true));
            else
                AnswerPrinter.Print(answer);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Explain(Assistant assistant, ExtractiveAnswerer.Explanation explanation)
    {
        var q = explanation.Question;
        Console.Error.WriteLine($"search text: {q.SearchText}");
        Console.Error.WriteLine($"speakers: {string.Join(", ", q.Speakers)}{(q.SpeakersFromConversation ? " (from the conversation)" : "")}{(q.Addressees.Count > 0 ? $"; spoken to: {string.Join(", ", q.Addressees)}{(q.AsksForReply ? " (the reply asked for)" : "")}" : "")}; instructions ignored: {q.IgnoredInstructions}");
        Console.Error.WriteLine("key terms: " + string.Join(", ", q.KeyTerms.Select(t => $"{t.Surface}->{t.Term} w={t.Weight:F2}{(t.InCorpus ? "" : " (not in corpus)")}{(t.LooksLikeName ? " (name)" : "")}{(t.Alternatives.Count > 0 ? " or " + string.Join("/", t.Alternatives.Select(a => string.Join(" ", a))) : "")}")));
        foreach (var r in explanation.Ranked.Take(8))
            Console.Error.WriteLine($"  {r.Score:F3} dense={r.Dense:F3} bm25={r.Lexical:F2} {r.Sentence.Speaker ?? "-"}/{r.Sentence.Kind}: {assistant.Search.Index.TextOf(r.Sentence)[..Math.Min(90, r.Sentence.End - r.Sentence.Start)]}");
        var v = explanation.Verdict;
        Console.Error.WriteLine($"selected {explanation.Selected.Count}; answerable={v.Answerable} ({v.Status}, p={v.Probability:F3}) coverage={v.Coverage:F2} bestDense={v.BestDense:F3} missing=[{string.Join(", ", v.MissingTopics)}]");
        if (v.Features.Length == 0) return;
        // Each feature's pull on the model's log-odds, largest first: what made the verdict.
        var model = AnswerabilityModel.Load(assistant.Settings.Answering.AnswerabilityModel);
        var pull = model.Pulls(v.Features);
        var pulls = model.Features.Select((name, i) => (name, value: v.Features[i], pull: pull[i]))
            .Where(f => f.pull != 0).OrderByDescending(f => Math.Abs(f.pull));
        Console.Error.WriteLine("features (value, pull on log-odds): " + string.Join(", ", pulls.Select(f => $"{f.name}={f.value:0.##} ({f.pull:+0.00;-0.00})")));
    }
}
