using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NhsTechQA.Core;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// `nhsqa fit ranking`: chooses the sentence ranker's weights (how much the embedding, the question's words, the
/// passage around a sentence, the asked kind of detail and the person asked about count) by coordinate search over a
/// grid, maximising evidence recall (the expected passages among the first three citations) averaged over the labelled
/// sets, each set counting once. Leave-one-set-out runs the same search without each set and scores it on that set,
/// against the current values: how the fitted weights do on documents they were not chosen on. Writes the values and
/// the measured figures to a JSON file read as the defaults of those settings (appsettings.json still overrides them).
/// </summary>
public static partial class FitRankingCommand
{
    /// <summary>The fitted settings (names of <see cref="AnsweringOptions"/> properties) and the values each may take.</summary>
    private static readonly (string Name, double[] Grid)[] Parameters =
    [
        ("SentenceDenseWeight", [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]),
        ("TermCoverageWeight", [0, 0.15, 0.3, 0.45, 0.6]),
        ("ChunkContextWeight", [0, 0.1, 0.25, 0.4]),
        ("ExpectedAnswerBoost", [1, 1.2, 1.5, 2, 3]),
        ("SpeakerMatchBoost", [1, 1.25, 1.5, 2, 3]),
        ("NarrationFactor", [0.4, 0.6, 0.8, 1]),
        ("DocumentMatchBoost", [0, 0.25, 0.5, 1]),
        ("RevisionBoost", [1, 1.3, 1.6, 2]),
        ("RelativeScoreCutoff", [0.3, 0.4, 0.5, 0.6, 0.7]),
    ];

    private sealed record Question(EvalCommand.EvalCase Case, Conversation Conversation);

    private sealed record LabelledSet(string Name, Assistant Assistant, ExtractiveAnswerer Answerer, AnsweringOptions Options, List<Question> Questions);

    public static Command Create(CommonOptions common)
    {
        var sets = new Option<string[]>("--set")
        {
            Description = "CASES.jsonl=CORPUS_DIR[,CORPUS_DIR…] (repeatable): cases with \"evidence\" over their corpus folders",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "File to write the fitted values to (JSON)", Required = true };
        var perSet = new Option<int>("--max-per-set") { Description = "At most this many answerable questions of a set (every k-th, so the same each run)", DefaultValueFactory = _ => 400 };
        var rounds = new Option<int>("--rounds") { Description = "Passes of the coordinate search", DefaultValueFactory = _ => 2 };
        var folds = new Option<int>("--folds") { Description = "Hold out groups of sets (every k-th set in one group) instead of each set alone; 0 holds out each set", DefaultValueFactory = _ => 0 };
        var command = new Command("ranking", "Fit the sentence ranker's weights on labelled cases (evidence recall)") { sets, output, perSet, rounds, folds };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var loaded = new List<LabelledSet>();
            try
            {
                foreach (var (set, number) in result.GetValue(sets)!.Select((s, i) => (s, i)))
                    loaded.Add(await LoadAsync(common, result, set, number, result.GetValue(perSet), cancellationToken));
                var start = Parameters.ToDictionary(p => p.Name, p => Get(loaded[0].Options, p.Name));
                var fitted = await SearchAsync(loaded, start, result.GetValue(rounds), cancellationToken);
                var measured = new Dictionary<string, double>();
                var currentRecalls = new List<double>();
                var fittedRecalls = new List<double>();
                foreach (var set in loaded)
                {
                    currentRecalls.Add(await RecallAsync(set, start, cancellationToken));
                    fittedRecalls.Add(await RecallAsync(set, fitted, cancellationToken));
                    measured[$"recall_current[{set.Name}]"] = Math.Round(currentRecalls[^1], 4);
                    measured[$"recall_fitted[{set.Name}]"] = Math.Round(fittedRecalls[^1], 4);
                }
                // Each group of sets held out in turn: the search on the others, scored on each set of the group (with
                // two sets or more). Many small sets are held out in groups: one search per set would take hours.
                var groups = Groups(loaded, result.GetValue(folds));
                var heldOutRecalls = new List<double>();
                foreach (var group in groups)
                {
                    var others = loaded.Where(s => !group.Contains(s)).ToList();
                    var values = await SearchAsync(others, start, result.GetValue(rounds), cancellationToken);
                    foreach (var heldOut in group)
                    {
                        var recall = await RecallAsync(heldOut, values, cancellationToken);
                        heldOutRecalls.Add(recall);
                        measured[$"recall_held_out[{heldOut.Name}]"] = Math.Round(recall, 4);
                    }
                }
                // The means of the figures above: each set counts once, as in the search.
                measured["mean_recall_current"] = Math.Round(currentRecalls.Average(), 4);
                measured["mean_recall_fitted"] = Math.Round(fittedRecalls.Average(), 4);
                if (heldOutRecalls.Count > 0) measured["mean_recall_held_out"] = Math.Round(heldOutRecalls.Average(), 4);
                var file = new FittedRanking(fitted, measured,
                    "nhsqa fit ranking " + string.Join(' ', result.GetValue(sets)!.Select(s => "--set " + s))
                    + $" --max-per-set {result.GetValue(perSet)} --rounds {result.GetValue(rounds)} --folds {result.GetValue(folds)} --out {result.GetValue(output)}");
                await AtomicFile.WriteAllLinesAsync(result.GetValue(output)!, [JsonSerializer.Serialize(file, new JsonSerializerOptions { WriteIndented = true })], cancellationToken);
                foreach (var (name, value) in fitted) Console.WriteLine($"{name} = {value.ToString(CultureInfo.InvariantCulture)} (was {start[name].ToString(CultureInfo.InvariantCulture)})");
                foreach (var (key, value) in measured) Console.WriteLine($"{key} = {value.ToString(CultureInfo.InvariantCulture)}");
                return ExitCodes.Success;
            }
            finally
            {
                foreach (var set in loaded) set.Assistant.Dispose();
            }
        }));
        return command;
    }

    /// <summary>The file's shape: the values, how they did, and the command that made them.</summary>
    public sealed record FittedRanking(Dictionary<string, double> Answering, Dictionary<string, double> Measured, string Command);

    private static async Task<LabelledSet> LoadAsync(CommonOptions common, ParseResult result, string set, int number, int perSet, CancellationToken cancellationToken)
    {
        var (casesPath, folders) = FitCommand.ParseSet(set);
        var cases = (await EvalCommand.ReadCasesAsync(casesPath, cancellationToken)).Where(c => c.Answerable == true && c.Evidence.Count > 0).ToList();
        if (cases.Count == 0) throw new InputFileException($"{casesPath}: no answerable case with \"evidence\" to fit on");
        var step = Math.Max(1, (int)Math.Ceiling(cases.Count / (double)perSet));
        cases = cases.Where((_, i) => i % step == 0).ToList();
        var assistant = await FitCommand.OpenSetAsync(common, result, folders, number, cancellationToken);
        // One answerer whose options are changed between trials: it reads them on every question, and keeps its
        // cache of question embeddings across trials.
        var options = JsonSerializer.Deserialize<AnsweringOptions>(JsonSerializer.Serialize(assistant.Settings.Answering))!;
        var answerer = assistant.ExtractiveWith(options);
        var questions = new List<Question>();
        foreach (var labelled in cases)
        {
            // Earlier turns are answered once, with the current settings: the fit is of the last turn's ranking.
            var conversation = assistant.NewConversation();
            foreach (var turn in labelled.Turns.Take(labelled.Turns.Count - 1))
                await assistant.Extractive.AskAsync(conversation, turn, cancellationToken);
            questions.Add(new Question(labelled, conversation));
        }
        var name = FitCommand.SetName(casesPath);
        Console.Error.WriteLine($"fit: {name}: {questions.Count} answerable questions");
        return new LabelledSet(name, assistant, answerer, options, questions);
    }

    /// <summary>The groups held out in turn: each set alone, or <paramref name="folds"/> groups of every k-th set.</summary>
    private static List<List<LabelledSet>> Groups(List<LabelledSet> sets, int folds) =>
        sets.Count < 2 ? []
        : folds <= 0 || folds >= sets.Count ? sets.Select(s => new List<LabelledSet> { s }).ToList()
        : Enumerable.Range(0, folds).Select(f => sets.Where((_, i) => i % folds == f).ToList()).ToList();

    /// <summary>Coordinate search: each setting in turn takes its best grid value with the others held, for some passes.</summary>
    private static async Task<Dictionary<string, double>> SearchAsync(IReadOnlyList<LabelledSet> sets, Dictionary<string, double> start, int rounds, CancellationToken cancellationToken)
    {
        var best = new Dictionary<string, double>(start);
        var bestScore = await MeanRecallAsync(sets, best, cancellationToken);
        for (var round = 0; round < rounds; round++)
        {
            var improved = false;
            foreach (var (name, grid) in Parameters)
                foreach (var value in grid.Where(v => v != best[name]))
                {
                    var trial = new Dictionary<string, double>(best) { [name] = value };
                    var score = await MeanRecallAsync(sets, trial, cancellationToken);
                    Console.Error.WriteLine($"fit: {name} = {value.ToString(CultureInfo.InvariantCulture)}: mean recall {score:F4} (best {bestScore:F4})");
                    // Ties keep the current value: a change must earn its place.
                    if (score > bestScore + 1e-9) (best, bestScore, improved) = (trial, score, true);
                }
            if (!improved) break;
        }
        return best;
    }

    private static async Task<double> MeanRecallAsync(IReadOnlyList<LabelledSet> sets, Dictionary<string, double> values, CancellationToken cancellationToken)
    {
        var total = 0.0;
        foreach (var set in sets) total += await RecallAsync(set, values, cancellationToken);
        return total / sets.Count;
    }

    /// <summary>The share of a set's questions whose every expected passage is among the first three citations, answered or not.</summary>
    private static async Task<double> RecallAsync(LabelledSet set, Dictionary<string, double> values, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in values) Set(set.Options, name, value);
        var hits = 0;
        foreach (var question in set.Questions)
        {
            var analyzed = set.Answerer.Analyze(question.Case.Turns[^1], question.Conversation);
            var found = await set.Answerer.RetrieveAsync(analyzed, cancellationToken);
            // Composed as if answered: what would be cited, whatever the answer-or-refuse decision.
            var answer = set.Answerer.Compose(analyzed, found.Selected, found.Verdict with { Answerable = true });
            var cited = Normalised(string.Join(' ', answer.Citations.Take(3).Select(c => c.Quote)));
            if (question.Case.Evidence.All(e => cited.Contains(Normalised(e), StringComparison.Ordinal))) hits++;
        }
        return (double)hits / set.Questions.Count;
    }

    private static PropertyInfo Property(string name) =>
        typeof(AnsweringOptions).GetProperty(name) ?? throw new InvalidOperationException($"AnsweringOptions has no setting '{name}'");

    private static double Get(AnsweringOptions options, string name) => (double)Property(name).GetValue(options)!;

    private static void Set(AnsweringOptions options, string name, double value) => Property(name).SetValue(options, value);

    /// <summary>As the scorer compares: straight quotes and hyphens, single spaces, lower case.</summary>
    private static string Normalised(string text) =>
        Whitespace().Replace(text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-'), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
