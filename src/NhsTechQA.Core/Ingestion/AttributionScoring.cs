using System.Globalization;
using System.Text;
using System.Text.Json;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// One hand-labelled sentence: a span of a document (offsets into the whole file text, as citations use) and the person
/// whose words or claims it conveys, or null for narration, headings and metadata.
/// </summary>
public sealed record AttributionLabel(string Source, int Start, int End, string? Speaker, string? Note = null);

/// <summary>How a label compares with the attributor's sentence: right, or which kind of wrong.</summary>
public enum AttributionOutcome
{
    CorrectSpeaker,
    CorrectNarration,
    WrongPerson,
    SpeakerWhereNone,
    NoneWhereSpeaker,
}

/// <summary>A label, the predicted sentence that overlaps it most (null when none does), and the outcome.</summary>
public sealed record ScoredLabel(AttributionLabel Label, Sentence? Predicted, AttributionOutcome Outcome)
{
    public string? PredictedSpeaker => Predicted?.Speaker;
}

/// <summary>
/// The figures of an attribution run. Precision and recall count only sentences with a person on at least one side;
/// precision is null (not zero) when the attributor named nobody, since then it is undefined.
/// </summary>
public sealed record AttributionScore(IReadOnlyList<ScoredLabel> Labels)
{
    public int Total => Labels.Count;
    public int LabelledSpeaker => Labels.Count(l => l.Label.Speaker is not null);
    public int LabelledNarration => Total - LabelledSpeaker;
    public int PredictedSpeaker => Labels.Count(l => l.PredictedSpeaker is not null);
    public int Correct => Count(AttributionOutcome.CorrectSpeaker);
    public int CorrectNarration => Count(AttributionOutcome.CorrectNarration);
    public int WrongPerson => Count(AttributionOutcome.WrongPerson);
    public int SpeakerWhereNone => Count(AttributionOutcome.SpeakerWhereNone);
    public int NoneWhereSpeaker => Count(AttributionOutcome.NoneWhereSpeaker);
    /// <summary>Labels no predicted sentence overlaps (the splitter dropped the text): scored as predicted narration.</summary>
    public int Unmatched => Labels.Count(l => l.Predicted is null);

    public double? Precision => PredictedSpeaker == 0 ? null : (double)Correct / PredictedSpeaker;
    public double? Recall => LabelledSpeaker == 0 ? null : (double)Correct / LabelledSpeaker;
    public double? NarrationAccuracy => LabelledNarration == 0 ? null : (double)CorrectNarration / LabelledNarration;
    public double? Accuracy => Total == 0 ? null : (double)(Correct + CorrectNarration) / Total;

    private int Count(AttributionOutcome outcome) => Labels.Count(l => l.Outcome == outcome);
}

/// <summary>
/// Scores the attributor's sentences against hand labels. The attributor's splitter may cut a sentence slightly
/// differently from the one the labels were made with, so each label is matched to the predicted sentence of the
/// same document that overlaps it most (ties: the earlier sentence), not by exact offsets.
/// </summary>
public static class AttributionScoring
{
    public static AttributionScore Score(IReadOnlyList<AttributionLabel> labels, IEnumerable<Sentence> predicted)
    {
        var bySource = predicted.GroupBy(s => s.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Start).ToList(), StringComparer.Ordinal);
        var scored = new List<ScoredLabel>(labels.Count);
        foreach (var label in labels)
        {
            var match = bySource.TryGetValue(label.Source, out var sentences) ? BestOverlap(label, sentences) : null;
            scored.Add(new ScoredLabel(label, match, Compare(label.Speaker, match?.Speaker)));
        }
        return new AttributionScore(scored);
    }

    public static AttributionOutcome Compare(string? labelled, string? predicted) => (labelled, predicted) switch
    {
        (null, null) => AttributionOutcome.CorrectNarration,
        (null, _) => AttributionOutcome.SpeakerWhereNone,
        (_, null) => AttributionOutcome.NoneWhereSpeaker,
        _ => NormaliseName(labelled) == NormaliseName(predicted) ? AttributionOutcome.CorrectSpeaker : AttributionOutcome.WrongPerson,
    };

    private static Sentence? BestOverlap(AttributionLabel label, List<Sentence> sentences)
    {
        Sentence? best = null;
        var bestOverlap = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start >= label.End) break;
            var overlap = Math.Min(sentence.End, label.End) - Math.Max(sentence.Start, label.Start);
            if (overlap > bestOverlap) (best, bestOverlap) = (sentence, overlap);
        }
        return best;
    }

    // Courtesy titles and letters after a name do not tell people apart: "Dr Alison Jones", "The Rt Hon Helen Marsh MP"
    // and "Alison Jones" are one person. Peerage titles are kept: "Lord Markham" is a peer's name, and often the only one a
    // document gives, so "Markham" alone does not match it. A surname alone never matches a full name either: the
    // attributor is expected to resolve "Streeting" to the person, and the benchmark should show when it does not.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "rt", "hon", "right", "honourable",
        "the", "mp", "msp", "mep", "cbe", "obe", "mbe", "kbe", "dbe", "kc", "qc", "frcp", "frcs", "phd",
    };

    /// <summary>Lower case, accents and punctuation removed, honorifics and post-nominals dropped; null for no name.</summary>
    public static string? NormaliseName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            letters.Append(char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' ? char.ToLowerInvariant(c) : ' ');
        }
        var words = letters.ToString().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !Honorifics.Contains(w)).ToArray();
        // A name made only of titles is compared as written rather than as nothing. ("Mr Speaker" keeps "speaker".)
        return kept.Length > 0 ? string.Join(' ', kept) : string.Join(' ', words);
    }
}

/// <summary>Reads a labels file: one JSON object a line with source, start, end, speaker (null for none) and an optional note.</summary>
public static class AttributionLabelFile
{
    public static IReadOnlyList<AttributionLabel> Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"labels file '{path}' does not exist");
        var labels = new List<AttributionLabel>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            labels.Add(Parse(line, $"{path}:{number}"));
        }
        if (labels.Count == 0) throw new InvalidDataException($"labels file '{path}' has no labels");
        return labels;
    }

    private static AttributionLabel Parse(string line, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: a label must be a JSON object");
            var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : null;
            if (string.IsNullOrEmpty(source)) throw new InvalidDataException($"{where}: 'source' must be a file name");
            if (!root.TryGetProperty("start", out var start) || !start.TryGetInt32(out var from)
                || !root.TryGetProperty("end", out var end) || !end.TryGetInt32(out var to) || from < 0 || to <= from)
                throw new InvalidDataException($"{where}: 'start' and 'end' must be offsets with start < end");
            if (!root.TryGetProperty("speaker", out var speaker) || speaker.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                throw new InvalidDataException($"{where}: 'speaker' must be a name or null");
            var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var name = speaker.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(speaker.GetString()) ? speaker.GetString() : null;
            return new AttributionLabel(source, from, to, name, note);
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"{where}: malformed JSON");
        }
    }
}
