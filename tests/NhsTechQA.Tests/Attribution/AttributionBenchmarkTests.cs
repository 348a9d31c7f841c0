using System.Diagnostics;
using System.Text.Json;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests.Attribution;

/// <summary>
/// The attribution benchmark's measuring stick: its arithmetic, its matching and name normalisation, and the validity of
/// the committed label set. It does not assert how well the attributor does; that bar belongs with the attributor.
/// </summary>
public sealed class AttributionBenchmarkTests
{
    private static string BenchFolder => Path.Combine(RepoPaths.Root, "bench", "attribution");

    private static Sentence Predicted(int start, int end, string? speaker, string source = "a.md") =>
        new(0, source, start, end, 0, speaker, speaker is null ? AttributionKind.Narration : AttributionKind.Direct);

    [Fact]
    public void Precision_recall_and_narration_accuracy_count_the_right_sentences()
    {
        var predicted = new[]
        {
            Predicted(0, 10, "Helen Marsh"),   // right speaker
            Predicted(11, 20, "Helen Marsh"),  // right speaker
            Predicted(21, 30, "Ruth Calloway"),// wrong person
            Predicted(31, 40, "Vitalink"),     // speaker where none
            Predicted(41, 50, null),           // none where speaker
            Predicted(51, 60, null),           // right narration
            Predicted(61, 70, null),           // right narration
        };
        var labels = new[]
        {
            new AttributionLabel("a.md", 0, 10, "Helen Marsh"),
            new AttributionLabel("a.md", 11, 20, "Helen Marsh"),
            new AttributionLabel("a.md", 21, 30, "Helen Marsh"),
            new AttributionLabel("a.md", 31, 40, null),
            new AttributionLabel("a.md", 41, 50, "Amrit Bedi"),
            new AttributionLabel("a.md", 51, 60, null),
            new AttributionLabel("a.md", 61, 70, null),
        };

        var score = AttributionScoring.Score(labels, predicted);

        Assert.Equal(7, score.Total);
        Assert.Equal(4, score.LabelledSpeaker);
        Assert.Equal(4, score.PredictedSpeaker);
        Assert.Equal(2, score.Correct);
        Assert.Equal(2.0 / 4, score.Precision);          // 2 right of 4 given a speaker
        Assert.Equal(2.0 / 4, score.Recall);             // 2 right of 4 labelled with a speaker
        Assert.Equal(2.0 / 3, score.NarrationAccuracy);  // 2 of 3 no-speaker labels predicted none
        Assert.Equal(4.0 / 7, score.Accuracy);
        Assert.Equal((1, 1, 1), (score.WrongPerson, score.SpeakerWhereNone, score.NoneWhereSpeaker));
        Assert.Equal(AttributionOutcome.WrongPerson, score.Labels[2].Outcome);
        Assert.Equal("Ruth Calloway", score.Labels[2].PredictedSpeaker);
    }

    [Fact]
    public void A_label_is_matched_to_the_predicted_sentence_it_overlaps_most_in_its_own_document()
    {
        // The attributor's splitter cut differently: the label 8-30 overlaps 0-12 by 4 and 12-40 by 18.
        var predicted = new[] { Predicted(0, 12, "Tom Ashworth"), Predicted(12, 40, "Priya Raman"), Predicted(8, 30, "Tom Ashworth", "b.md") };
        var score = AttributionScoring.Score([new AttributionLabel("a.md", 8, 30, "Priya Raman")], predicted);

        Assert.Equal(12, score.Labels[0].Predicted!.Start);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void A_label_no_sentence_overlaps_counts_as_predicted_none()
    {
        var score = AttributionScoring.Score(
            [new AttributionLabel("a.md", 100, 120, "Grace Nwosu"), new AttributionLabel("missing.md", 0, 5, null)],
            [Predicted(0, 10, "Grace Nwosu"), Predicted(120, 130, "Grace Nwosu")]);

        Assert.Equal(2, score.Unmatched);
        Assert.Equal(AttributionOutcome.NoneWhereSpeaker, score.Labels[0].Outcome);
        Assert.Equal(AttributionOutcome.CorrectNarration, score.Labels[1].Outcome);
        Assert.Null(score.Precision); // nobody was named: precision is undefined, not perfect or zero
        Assert.Equal(0.0, score.Recall);
    }

    [Theory]
    [InlineData("Dr Alison Jones", "Alison Jones")]
    [InlineData("The Rt Hon Helen Marsh MP", "helen marsh")]
    [InlineData("Sir Tom Ashworth CBE", "Tom Ashworth")]
    [InlineData("Professor Amrit Bedi", "Amrit  Bedi")]
    [InlineData("Lord Markham CBE", "Lord Markham")]
    [InlineData("José Núñez", "Jose Nunez")]
    [InlineData("Mr Speaker", "Speaker")]
    public void Honorifics_post_nominals_case_and_accents_do_not_tell_people_apart(string labelled, string predicted) =>
        Assert.Equal(AttributionOutcome.CorrectSpeaker, AttributionScoring.Compare(labelled, predicted));

    [Theory]
    [InlineData("Lord Markham", "Markham")]      // a peer's title is part of the name
    [InlineData("Wes Streeting", "Streeting")]   // a surname alone is not resolved to the person
    [InlineData("Wes Streeting", "Steering")]
    [InlineData("Alison Jones", "Alison Jonas")]
    public void Different_or_partial_names_are_the_wrong_person(string labelled, string predicted) =>
        Assert.Equal(AttributionOutcome.WrongPerson, AttributionScoring.Compare(labelled, predicted));

    [Fact]
    public void A_malformed_labels_line_is_reported_with_its_file_and_line()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "labels.jsonl");
        File.WriteAllLines(path, ["""{"source": "a.md", "start": 0, "end": 5, "speaker": null}""", """{"source": "a.md", "start": 9, "end": 5, "speaker": "X"}"""]);

        var error = Assert.Throws<InvalidDataException>(() => AttributionLabelFile.Read(path));

        Assert.StartsWith($"{path}:2:", error.Message);
    }

    [Fact]
    public async Task The_committed_labels_cover_the_benchmark_corpus_with_valid_non_overlapping_spans()
    {
        var labels = AttributionLabelFile.Read(Path.Combine(BenchFolder, "labels.jsonl"));
        var corpus = await new DocumentReader(new CorpusOptions()).ReadAsync([Path.Combine(BenchFolder, "corpus")], CancellationToken.None);
        var documents = corpus.Documents.ToDictionary(d => d.SourceId);

        Assert.Empty(corpus.Warnings); // the front matter of every benchmark document is well formed
        Assert.True(labels.Count >= 150, $"{labels.Count} labels");
        Assert.Equal(documents.Keys.Order(), labels.Select(l => l.Source).Distinct().Order());
        foreach (var group in labels.GroupBy(l => l.Source))
        {
            var document = documents[group.Key];
            var previousEnd = document.Metadata.BodyStart;
            foreach (var label in group.OrderBy(l => l.Start))
            {
                var where = $"{label.Source} {label.Start}-{label.End}";
                Assert.True(label.Start >= previousEnd, $"{where} overlaps the previous label or the front matter");
                Assert.True(label.End <= document.Text.Length, $"{where} ends beyond the file");
                var span = document.Text[label.Start..label.End];
                Assert.False(string.IsNullOrWhiteSpace(span), $"{where} is blank");
                Assert.Equal(span.Trim(), span);
                previousEnd = label.End;
            }
        }
    }

    [Fact]
    public void The_realworld_labels_are_well_formed_and_store_no_document_text()
    {
        var path = Path.Combine(BenchFolder, "labels-realworld.jsonl");
        var labels = AttributionLabelFile.Read(path);

        Assert.True(labels.Count >= 200, $"{labels.Count} labels");
        foreach (var group in labels.GroupBy(l => l.Source))
        {
            var ordered = group.OrderBy(l => l.Start).ToList();
            for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i].Start >= ordered[i - 1].End, $"{group.Key} {ordered[i].Start} overlaps");
        }
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(["end", "source", "speaker", "start"], json.RootElement.EnumerateObject().Select(p => p.Name).Order());
        }
    }

    [Fact]
    public async Task The_command_prints_json_figures_and_fails_a_bar_it_does_not_reach()
    {
        string[] common = ["bench", "attribution", "--labels", Path.Combine(BenchFolder, "labels.jsonl"), "--corpus", Path.Combine(BenchFolder, "corpus")];

        var json = await NhsqaAsync([.. common, "--json", "--min", "accuracy=0"]);
        var unreachable = await NhsqaAsync([.. common, "--min", "narration=1.01"]);
        var badBar = await NhsqaAsync([.. common, "--min", "f1=0.5"]);

        Assert.Equal(0, json.ExitCode);
        using var figures = JsonDocument.Parse(json.Stdout);
        var root = figures.RootElement;
        Assert.Equal(File.ReadLines(Path.Combine(BenchFolder, "labels.jsonl")).Count(), root.GetProperty("labels").GetInt32());
        var counts = root.GetProperty("counts");
        Assert.Equal(root.GetProperty("labels").GetInt32(),
            counts.GetProperty("labelled_speaker").GetInt32() + counts.GetProperty("labelled_none").GetInt32());
        Assert.Equal(counts.GetProperty("wrong_person").GetInt32() + counts.GetProperty("speaker_where_none").GetInt32()
                     + counts.GetProperty("none_where_speaker").GetInt32(), root.GetProperty("confusions").GetArrayLength());
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("below the bar: narration", unreachable.Stderr);
        Assert.Contains("precision", unreachable.Stdout);
        Assert.Equal(2, badBar.ExitCode);
        Assert.StartsWith("error: --min 'f1=0.5'", badBar.Stderr);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> NhsqaAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nhsqa.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
