using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Attribution quality against hand labels: runs the project's own reading, splitting and attribution over the corpus
/// folders (no embedding, so it takes seconds) and compares each labelled sentence's speaker with the attributor's.
/// </summary>
public static class AttributionBenchmark
{
    private const int ExcerptChars = 90;

    private static readonly Dictionary<string, Func<AttributionScore, double?>> Figures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["precision"] = s => s.Precision,
        ["recall"] = s => s.Recall,
        ["narration"] = s => s.NarrationAccuracy,
        ["accuracy"] = s => s.Accuracy,
    };

    public static Command Create(CommonOptions common)
    {
        var labels = new Option<string>("--labels") { Description = "Labels file (JSON lines: source, start, end, speaker)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the figures and confusions as JSON" };
        var min = new Option<string[]>("--min")
        {
            Description = "A bar, e.g. precision=0.95 (repeatable; precision, recall, narration, accuracy); exit code 1 when below",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("attribution", "Score speaker attribution against hand-labelled sentences (use --corpus for the labelled folders)")
            { labels, json, min };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var bars = ParseBars(result.GetValue(min) ?? []);
            var settings = common.LoadSettings(result);
            var labelPath = result.GetValue(labels)!;
            IReadOnlyList<AttributionLabel> labelled;
            try { labelled = AttributionLabelFile.Read(labelPath); }
            catch (InvalidDataException e) { throw new InputFileException(e.Message); }
            var read = await new DocumentReader(settings.Corpus).ReadAsync(settings.Corpus.Folders, cancellationToken);
            foreach (var skipped in read.Skipped)
                Console.Error.WriteLine($"warning: skipped '{skipped.Path}': {skipped.Reason}");
            var texts = read.Documents.ToDictionary(d => d.SourceId, d => d.Text, StringComparer.Ordinal);
            CheckLabelsFit(labelled, texts, labelPath);
            var score = AttributionScoring.Score(labelled, SentenceAttributionStep.Run(read.Documents).SelectMany(d => d.Sentences));
            if (result.GetValue(json)) Console.WriteLine(ToJson(score).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else Print(score, texts, labelPath);
            return BelowBars(score, bars) ? ExitCodes.Failure : ExitCodes.Success;
        }));
        return command;
    }

    private static List<(string Name, double Bar)> ParseBars(string[] values)
    {
        var bars = new List<(string, double)>();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !Figures.ContainsKey(parts[0].Trim())
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var bar))
                throw new InputFileException($"--min '{value}': expected NAME=VALUE with NAME one of {string.Join(", ", Figures.Keys)}");
            bars.Add((parts[0].Trim(), bar));
        }
        return bars;
    }

    /// <summary>Labels made for other documents, or for another version of a file, would score nonsense: refuse them.</summary>
    private static void CheckLabelsFit(IReadOnlyList<AttributionLabel> labels, Dictionary<string, string> texts, string path)
    {
        foreach (var label in labels)
        {
            if (!texts.TryGetValue(label.Source, out var text))
                throw new InputFileException($"{path}: label source '{label.Source}' is not in the corpus folders (pass them with --corpus)");
            if (label.End > text.Length)
                throw new InputFileException($"{path}: label {label.Source} {label.Start}-{label.End} lies beyond the end of the file ({text.Length} characters)");
        }
    }

    private static bool BelowBars(AttributionScore score, List<(string Name, double Bar)> bars)
    {
        var below = false;
        foreach (var (name, bar) in bars)
        {
            var value = Figures[name](score);
            if (value is { } v && v >= bar) continue;
            Console.Error.WriteLine($"below the bar: {name} {Format(value)} < {bar.ToString(CultureInfo.InvariantCulture)}");
            below = true;
        }
        return below;
    }

    private static void Print(AttributionScore score, Dictionary<string, string> texts, string labelPath)
    {
        var documents = score.Labels.Select(l => l.Label.Source).Distinct().Count();
        Console.WriteLine($"attribution: {score.Total} labelled sentences in {documents} documents ({labelPath})");
        Console.WriteLine($"  precision  {Format(score.Precision)}  ({score.Correct} of {score.PredictedSpeaker} sentences given a speaker have the right one)");
        Console.WriteLine($"  recall     {Format(score.Recall)}  ({score.Correct} of {score.LabelledSpeaker} labelled-speaker sentences attributed to the right one)");
        Console.WriteLine($"  narration  {Format(score.NarrationAccuracy)}  ({score.CorrectNarration} of {score.LabelledNarration} no-speaker sentences given none)");
        Console.WriteLine($"  accuracy   {Format(score.Accuracy)}  (all labels)");
        Console.WriteLine($"  confusions: {score.WrongPerson} wrong person, {score.SpeakerWhereNone} speaker where none, {score.NoneWhereSpeaker} none where speaker" +
                          (score.Unmatched > 0 ? $"; {score.Unmatched} labels overlap no sentence (scored as none)" : ""));
        Console.WriteLine();
        Console.WriteLine("per document: labels, right, wrong person, speaker where none, none where speaker");
        foreach (var group in score.Labels.GroupBy(l => l.Label.Source))
            Console.WriteLine($"  {group.Key}: {group.Count()}, {group.Count(IsRight)}, {Count(group, AttributionOutcome.WrongPerson)}, " +
                              $"{Count(group, AttributionOutcome.SpeakerWhereNone)}, {Count(group, AttributionOutcome.NoneWhereSpeaker)}");
        PrintConfusions(score, AttributionOutcome.WrongPerson, "wrong person", texts,
            l => $"labelled {l.Label.Speaker}, predicted {l.PredictedSpeaker}");
        PrintConfusions(score, AttributionOutcome.SpeakerWhereNone, "speaker where none", texts, l => $"predicted {l.PredictedSpeaker}");
        PrintConfusions(score, AttributionOutcome.NoneWhereSpeaker, "none where speaker", texts,
            l => $"labelled {l.Label.Speaker}" + (l.Predicted is null ? " (no sentence overlaps the label)" : ""));
    }

    private static bool IsRight(ScoredLabel label) => label.Outcome is AttributionOutcome.CorrectSpeaker or AttributionOutcome.CorrectNarration;

    private static int Count(IEnumerable<ScoredLabel> labels, AttributionOutcome outcome) => labels.Count(l => l.Outcome == outcome);

    private static void PrintConfusions(AttributionScore score, AttributionOutcome outcome, string title, Dictionary<string, string> texts,
        Func<ScoredLabel, string> describe)
    {
        var confusions = score.Labels.Where(l => l.Outcome == outcome).ToList();
        if (confusions.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"{title} ({confusions.Count}):");
        foreach (var confusion in confusions)
        {
            var label = confusion.Label;
            Console.WriteLine($"  {label.Source} {label.Start}-{label.End}: {describe(confusion)}" + (label.Note is { } note ? $" [{note}]" : ""));
            Console.WriteLine($"      {Excerpt(texts[label.Source], label)}");
        }
    }

    private static string Excerpt(string text, AttributionLabel label)
    {
        var span = text[label.Start..label.End].ReplaceLineEndings(" ");
        return span.Length <= ExcerptChars ? span : span[..ExcerptChars] + "…";
    }

    private static string Format(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

    private static JsonObject ToJson(AttributionScore score) => new()
    {
        ["labels"] = score.Total,
        ["precision"] = score.Precision,
        ["recall"] = score.Recall,
        ["narration_accuracy"] = score.NarrationAccuracy,
        ["accuracy"] = score.Accuracy,
        ["counts"] = new JsonObject
        {
            ["labelled_speaker"] = score.LabelledSpeaker,
            ["labelled_none"] = score.LabelledNarration,
            ["predicted_speaker"] = score.PredictedSpeaker,
            ["correct_speaker"] = score.Correct,
            ["correct_none"] = score.CorrectNarration,
            ["wrong_person"] = score.WrongPerson,
            ["speaker_where_none"] = score.SpeakerWhereNone,
            ["none_where_speaker"] = score.NoneWhereSpeaker,
            ["unmatched"] = score.Unmatched,
        },
        ["confusions"] = new JsonArray(score.Labels.Where(l => !IsRight(l)).Select(l => (JsonNode)new JsonObject
        {
            ["kind"] = l.Outcome switch
            {
                AttributionOutcome.WrongPerson => "wrong_person",
                AttributionOutcome.SpeakerWhereNone => "speaker_where_none",
                _ => "none_where_speaker",
            },
            ["source"] = l.Label.Source,
            ["start"] = l.Label.Start,
            ["end"] = l.Label.End,
            ["labelled"] = l.Label.Speaker,
            ["predicted"] = l.PredictedSpeaker,
        }).ToArray()),
    };
}
