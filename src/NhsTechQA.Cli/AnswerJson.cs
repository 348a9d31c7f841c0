using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Cli;

/// <summary>The JSON contract of `ask --json` and of each line of `eval --out`.</summary>
public sealed record AnswerJson(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("refused")] bool Refused,
    // How the answer ended (Answered, RefusedNotCovered, RefusedDetailMissing, …): why a refusal was made, for logs and evaluation.
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("latency_ms")] double LatencyMs,
    [property: JsonPropertyName("dropped")] IReadOnlyList<string> Dropped,
    [property: JsonPropertyName("notice")] string? Notice)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static AnswerJson From(string? id, string question, Answer answer, double latencyMs) =>
        new(id, question, answer.Text, answer.Refused, answer.Status.ToString(), answer.Mode,
            answer.Citations.Select(CitationJson.From).ToList(),
            Math.Round(latencyMs, 3), answer.Dropped, answer.Notice);

    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? new JsonSerializerOptions(Options) { WriteIndented = true } : Options);
}

public sealed record CitationJson(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("link")] string? Link)
{
    public static CitationJson From(Citation c) =>
        new(c.N, c.Source, c.Start, c.End, c.Quote, c.Speaker, c.Title,
            (c.Date is { } date ? DocumentDates.Iso(date, c.MonthOnly) : null), c.Url, c.Page, c.Link);
}
