using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// A logistic model of "the cited sentences answer the question", over <see cref="AnswerabilityFeatures"/>. Its
/// parameters are fitted on labelled questions by `nhsqa fit answerability` and read from a JSON file, never set by
/// hand: the file also records how it was made and how well it separated held-out questions.
/// </summary>
public sealed record AnswerabilityModel(
    IReadOnlyList<string> Features, double[] Means, double[] Scales, double[] Weights, double Bias, double Threshold)
{
    public string? Command { get; init; }
    public Dictionary<string, double>? Measured { get; init; }

    public const string ResourceName = "NhsTechQA.Core.answerability.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Probability that the question is answered by what would be cited.</summary>
    public double Probability(double[] features) => LogisticFit.Probability(Means, Scales, Weights, Bias, features);

    /// <summary>Each feature's term in the log-odds: what pulled a verdict which way.</summary>
    public double[] Pulls(double[] features) => LogisticFit.Pulls(Means, Scales, Weights, features);

    public static AnswerabilityModel Load(string? path)
    {
        string json;
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
                throw new Configuration.ConfigurationException($"Answering:AnswerabilityModel names '{path}', which does not exist");
            json = File.ReadAllText(path);
        }
        else
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"the built-in answerability model ({ResourceName}) is missing from the build");
            using var reader = new StreamReader(stream);
            json = reader.ReadToEnd();
        }
        var model = JsonSerializer.Deserialize<AnswerabilityModel>(json, Json)
            ?? throw new Configuration.ConfigurationException($"the answerability model {(path ?? "built in")} is empty");
        if (!model.Features.SequenceEqual(AnswerabilityFeatures.Names))
            throw new Configuration.ConfigurationException(
                $"the answerability model {(string.IsNullOrWhiteSpace(path) ? "built in" : path)} was fitted on other features ({string.Join(", ", model.Features)}); refit it with `nhsqa fit answerability`");
        return model;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
