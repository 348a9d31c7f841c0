using NhsTechQA.Core.Citations;

namespace NhsTechQA.Core.Answering;

/// <summary>
/// An answer with its numbered citations. <see cref="Refused"/> is true when the assistant abstained.
/// <see cref="Dropped"/> lists sentences a language model wrote that its cited passages did not support;
/// <see cref="Notice"/> tells the user something about how the answer was made (a fallback, say).
/// </summary>
public sealed record Answer(string Text, bool Refused, IReadOnlyList<Citation> Citations, string Mode)
{
    public const string ExtractiveMode = "extractive";
    public const string GenerativeMode = "generative";

    public IReadOnlyList<string> Dropped { get; init; } = [];
    public string? Notice { get; init; }
    /// <summary>How the question ended: answered, or refused for a named reason.</summary>
    public AnswerStatus Status { get; init; } = AnswerStatus.Answered;
}

/// <summary>A question that cannot be asked as it is (empty, too long). Its message is shown to users as is.</summary>
public sealed class QuestionException(string message) : Exception(message);
