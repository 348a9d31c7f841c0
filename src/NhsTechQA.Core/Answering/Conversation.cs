namespace NhsTechQA.Core.Answering;

/// <summary>One exchange of a conversation.</summary>
public sealed record ConversationTurn(string Question, Answer Answer, IReadOnlyList<string> Speakers, IReadOnlyList<KeyTerm> KeyTerms)
{
    /// <summary>The turn asked what its speakers said, so a follow-up by pronoun does too.</summary>
    public bool ScopedToSpeakers { get; init; }

    /// <summary>
    /// The turn a question and its answer make, remembering what the question was read as. After "which GP was
    /// quoted…?" the person the answer names first is who "he" means next.
    /// </summary>
    public static ConversationTurn Of(string question, Answer answer, AnalyzedQuestion analyzed)
    {
        var speakers = analyzed.Speakers.Count == 0 && analyzed.Expected == ExpectedAnswer.Person && !answer.Refused
                       && answer.Citations.Count > 0 && answer.Citations[0].Speaker is { } answered
            ? [answered] : analyzed.Speakers;
        return new(question, answer, speakers, analyzed.KeyTerms) { ScopedToSpeakers = analyzed.ScopedToSpeakers };
    }
}

/// <summary>What a conversation remembers for follow-ups: the last turns, newest last, bounded in number.</summary>
public sealed class Conversation(int maxTurns)
{
    private readonly List<ConversationTurn> _turns = [];

    public IReadOnlyList<ConversationTurn> Turns => _turns;

    public ConversationTurn? Last => _turns.Count > 0 ? _turns[^1] : null;

    public void Add(ConversationTurn turn)
    {
        _turns.Add(turn);
        if (_turns.Count > maxTurns) _turns.RemoveRange(0, _turns.Count - maxTurns);
    }

    public void Reset() => _turns.Clear();
}
