using NhsTechQA.Core.Citations;

namespace NhsTechQA.Core.Answering;

/// <summary>An answer with its numbered citations. <see cref="Refused"/> is true when the assistant abstained.</summary>
public sealed record Answer(string Text, bool Refused, IReadOnlyList<Citation> Citations, string Mode)
{
    public const string ExtractiveMode = "extractive";
}

/// <summary>A question that cannot be asked as it is (empty, too long). Its message is shown to users as is.</summary>
public sealed class QuestionException(string message) : Exception(message);
