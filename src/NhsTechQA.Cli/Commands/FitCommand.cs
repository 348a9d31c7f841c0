using System.CommandLine;
using System.Globalization;
using NhsTechQA.Core;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// `nhsqa fit answerability`: runs labelled question sets through retrieval, collects each question's answerability
/// features, fits the logistic model with k-fold cross-validation, picks the threshold that keeps false refusals
/// under a target on held-out questions, and writes the model file with its measured separation (ROC AUC).
/// </summary>
public static class FitCommand
{
    public static Command Create(CommonOptions common)
    {
        var sets = new Option<string[]>("--set")
        {
            Description = "CASES.jsonl=CORPUS_DIR[,CORPUS_DIR…] (repeatable): labelled cases (answerable true/false) over their corpus folders",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Model file to write (JSON)", Required = true };
        var maxFalseRefusal = new Option<double>("--max-false-refusal") { Description = "Largest share of answerable held-out questions to refuse", DefaultValueFactory = _ => 0.10 };
        var smallSetWeight = new Option<double>("--small-set-weight") { Description = "Weight of each question of a set under 200 questions (so small hand-written sets count)", DefaultValueFactory = _ => 5 };
        var folds = new Option<int>("--folds") { DefaultValueFactory = _ => 5 };
        var dump = new Option<string?>("--features") { Description = "Also write every question's features to this CSV (set, id, answerable, status, whether it asks what was said about a topic, its absent-word share, features; rule-decided questions have no features)" };
        var heldOutSets = new Option<string[]>("--held-out")
        {
            Description = "CASES.jsonl=CORPUS_DIR[,CORPUS_DIR…] (repeatable): labelled cases never fitted on; the fitted model is measured on them",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var compare = new Option<string?>("--compare") { Description = "Another model file (the committed one) measured on the --held-out sets beside the new one" };
        var answerability = new Command("answerability", "Fit the answer-or-refuse model on labelled cases") { sets, output, maxFalseRefusal, smallSetWeight, folds, dump, heldOutSets, compare };
        answerability.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var rows = new List<string> { "set,id,answerable,status,says_about,absent_share," + string.Join(',', AnswerabilityFeatures.Names) };
            var (data, clear) = await CollectAsync(result.GetValue(sets)!, 0);
            var (heldOutData, heldOutClear) = await CollectAsync(result.GetValue(heldOutSets) ?? [], 1000);

            // Every question's features over the sets' corpora; a question decided by rule has none (its answer counts).
            async Task<(List<LabelledFeatures> Data, List<(string Set, bool Answerable)> Clear)> CollectAsync(string[] specs, int firstNumber)
            {
                var data = new List<LabelledFeatures>();
                var clear = new List<(string Set, bool Answerable)>();
                foreach (var (set, number) in specs.Select((s, i) => (s, firstNumber + i)))
                {
                    var (casesPath, folders) = ParseSet(set);
                    var cases = await ReadLabelledCasesAsync(casesPath, cancellationToken);
                    var weight = cases.Count < 200 ? result.GetValue(smallSetWeight) : 1;
                    using var assistant = await OpenSetAsync(common, result, folders, number, cancellationToken);
                    var name = SetName(casesPath);
                    foreach (var fitCase in cases)
                    {
                        var conversation = assistant.NewConversation();
                        foreach (var turn in fitCase.Turns.Take(fitCase.Turns.Count - 1))
                            await assistant.Extractive.AskAsync(conversation, turn, cancellationToken);
                        var explained = await assistant.Extractive.ExplainAsync(conversation, fitCase.Turns[^1], cancellationToken);
                        // Decided by rule (no features computed): not the model's to learn, but counted in the figures.
                        if (explained.Verdict.Features.Length == 0) clear.Add((name, fitCase.Answerable!.Value));
                        else data.Add(new LabelledFeatures(explained.Verdict.Features, fitCase.Answerable!.Value, weight, name));
                        // What bench/absent-topic/fit.py needs for the absent-topic share (Answering:AbsentTopicShare).
                        rows.Add(string.Join(',', [name, fitCase.Id, fitCase.Answerable!.Value ? "1" : "0", explained.Verdict.Status.ToString(),
                            AnswerabilityPolicy.AsksWhatWasSaidAbout(explained.Question.SearchText) ? "1" : "0",
                            AnswerabilityPolicy.AbsentShare(explained.Question).ToString("R", CultureInfo.InvariantCulture),
                            .. explained.Verdict.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))]));
                    }
                    Console.Error.WriteLine($"fit: {name}: {cases.Count} cases");
                }
                return (data, clear);
            }
            if (result.GetValue(dump) is { } dumpPath) await AtomicFile.WriteAllLinesAsync(dumpPath, rows, cancellationToken);
            var k = result.GetValue(folds);
            var heldOut = LogisticFit.CrossValidated(data, k, AnswerabilityFeatures.Directions);
            var labels = data.Select(x => x.Answerable).ToList();
            var threshold = ChooseThreshold(data, heldOut, result.GetValue(maxFalseRefusal));
            var fitted = LogisticFit.Fit(data, AnswerabilityFeatures.Directions);
            var measured = new Dictionary<string, double>
            {
                ["cv_auc_all"] = Math.Round(LogisticFit.RocAuc(heldOut, labels), 4),
                ["threshold"] = Math.Round(threshold, 4),
                ["training_questions"] = data.Count,
                ["refused_by_rule"] = clear.Count,
            };
            foreach (var group in data.Select((x, i) => (x, i)).GroupBy(p => p.x.Set))
            {
                var items = group.ToList();
                var auc = LogisticFit.RocAuc(items.Select(p => heldOut[p.i]).ToList(), items.Select(p => p.x.Answerable).ToList());
                var (falseRefusal, refusalAccuracy) = RefusalRates(items.Select(p => (p.x.Answerable, Refused: heldOut[p.i] < threshold))
                    .Concat(clear.Where(c => c.Set == group.Key).Select(c => (c.Answerable, Refused: true))).ToList());
                if (!double.IsNaN(auc)) measured[$"cv_auc[{group.Key}]"] = Math.Round(auc, 4);
                measured[$"cv_false_refusal[{group.Key}]"] = falseRefusal;
                measured[$"cv_refusal_accuracy[{group.Key}]"] = refusalAccuracy;
            }
            var model = new AnswerabilityModel(AnswerabilityFeatures.Names, fitted.Means, fitted.Scales, fitted.Weights, fitted.Bias, threshold)
            {
                Command = "nhsqa fit answerability " + string.Join(' ', result.GetValue(sets)!.Select(s => "--set " + s))
                          + string.Concat((result.GetValue(heldOutSets) ?? []).Select(s => " --held-out " + s))
                          + $" --max-false-refusal {result.GetValue(maxFalseRefusal).ToString(CultureInfo.InvariantCulture)} --out {result.GetValue(output)}",
                Measured = measured,
            };
            if (heldOutData.Count > 0)
            {
                MeasureHeldOut(model, heldOutData, heldOutClear, "held_out", measured);
                if (result.GetValue(compare) is { } comparePath)
                    MeasureHeldOut(AnswerabilityModel.Load(comparePath), heldOutData, heldOutClear, "held_out_compared", measured);
            }
            await AtomicFile.WriteAllLinesAsync(result.GetValue(output)!, [model.ToJson()], cancellationToken);
            foreach (var (key, value) in measured) Console.WriteLine($"{key} = {value.ToString(CultureInfo.InvariantCulture)}");
            for (var j = 0; j < fitted.Weights.Length; j++) Console.WriteLine($"weight {AnswerabilityFeatures.Names[j]} = {fitted.Weights[j]:F3}");
            return ExitCodes.Success;
        }));
        return new Command("fit", "Fit the project's learned parameters on labelled data") { answerability, FitRankingCommand.Create(common) };
    }

    /// <summary>
    /// A model's figures on sets it was not fitted on: ROC AUC over the questions it decides, and, at its threshold,
    /// the share of answerable questions refused and of unanswerable ones refused (rule-decided questions included).
    /// </summary>
    private static void MeasureHeldOut(AnswerabilityModel model, IReadOnlyList<LabelledFeatures> data, IReadOnlyList<(string Set, bool Answerable)> clear,
        string prefix, Dictionary<string, double> measured)
    {
        var probabilities = data.Select(x => model.Probability(x.Features)).ToList();
        var decided = data.Select((x, i) => (x.Answerable, Refused: probabilities[i] < model.Threshold))
            .Concat(clear.Select(c => (c.Answerable, Refused: true))).ToList();
        var (falseRefusal, refusalAccuracy) = RefusalRates(decided);
        measured[$"{prefix}_auc"] = Math.Round(LogisticFit.RocAuc(probabilities, data.Select(x => x.Answerable).ToList()), 4);
        measured[$"{prefix}_false_refusal"] = falseRefusal;
        measured[$"{prefix}_refusal_accuracy"] = refusalAccuracy;
        measured[$"{prefix}_questions"] = decided.Count;
    }

    /// <summary>
    /// Of questions with whether each was refused: the share of answerable ones refused, and of unanswerable ones
    /// refused (1 when there are none), rounded as the model file records them.
    /// </summary>
    private static (double FalseRefusal, double RefusalAccuracy) RefusalRates(IReadOnlyList<(bool Answerable, bool Refused)> decided)
    {
        var answerable = decided.Count(d => d.Answerable);
        var unanswerable = decided.Count - answerable;
        return (Math.Round((double)decided.Count(d => d.Answerable && d.Refused) / Math.Max(1, answerable), 4),
            unanswerable == 0 ? 1 : Math.Round((double)decided.Count(d => !d.Answerable && d.Refused) / unanswerable, 4));
    }

    /// <summary>The highest threshold whose held-out weighted false-refusal rate stays within the target (refuse as much as allowed).</summary>
    private static double ChooseThreshold(IReadOnlyList<LabelledFeatures> data, double[] heldOut, double maxFalseRefusal)
    {
        var answerable = data.Select((x, i) => (x, p: heldOut[i])).Where(t => t.x.Answerable).OrderBy(t => t.p).ToList();
        var total = answerable.Sum(t => t.x.Weight);
        var refused = 0.0;
        foreach (var (x, p) in answerable)
        {
            if ((refused + x.Weight) / total > maxFalseRefusal) return p;
            refused += x.Weight;
        }
        return 0.5;
    }

    /// <summary>An assistant over one labelled set's corpus folders, with an index of its own under the index folder.</summary>
    internal static Task<Assistant> OpenSetAsync(CommonOptions common, ParseResult result, IReadOnlyList<string> folders, int number,
        CancellationToken cancellationToken)
    {
        var settings = common.LoadSettings(result);
        settings.Corpus.Folders = folders.Select(Path.GetFullPath).ToList();
        settings = settings with { Index = new IndexOptions { Folder = Path.Combine(settings.Index.Folder, $"fit-{number}") } };
        return ConsoleProgress.RunAsync(progress => Assistant.OpenAsync(settings, progress, cancellationToken));
    }

    /// <summary>A set's name in the figures: its folder and file, since several are called cases.jsonl.</summary>
    internal static string SetName(string casesPath) =>
        $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(casesPath)))}/{Path.GetFileName(casesPath)}";

    internal static (string Cases, IReadOnlyList<string> Folders) ParseSet(string set)
    {
        var parts = set.Split('=', 2);
        if (parts.Length != 2 || parts[1].Length == 0)
            throw new InputFileException($"--set '{set}' is not CASES.jsonl=CORPUS_DIR[,CORPUS_DIR…]");
        return (parts[0], parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>The eval command's cases, each of which must say whether it is answerable.</summary>
    private static async Task<List<EvalCommand.EvalCase>> ReadLabelledCasesAsync(string path, CancellationToken cancellationToken)
    {
        var cases = await EvalCommand.ReadCasesAsync(path, cancellationToken);
        if (cases.FirstOrDefault(c => c.Answerable is null) is { } unlabelled)
            throw new InputFileException($"{path}: case '{unlabelled.Id}' has no \"answerable\" (true or false); fitting needs labelled cases");
        return cases;
    }
}
