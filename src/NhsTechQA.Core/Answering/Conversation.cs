namespace NhsTechQA.Core.Answering;

/// <summary>One exchange of a conversation.</summary>
public sealed record ConversationTurn(string Question, Answer Answer, IReadOnlyList<string> Speakers, IReadOnlyList<KeyTerm> KeyTerms)
{
    /// <summary>The turn asked what its speakers said, so a follow-up by pronoun does too.</summary>
    public bool ScopedToSpeakers { get; init; }

    /// <summary>
    /// The question named nobody: its speakers are whose words answered it. A follow-up by pronoun then asks about that
    /// answer's topic as much as about the person ("and did they actually manage it?").
    /// </summary>
    public bool SpeakersFromAnswer { get; init; }

    /// <summary>
    /// The turn a question and its answer make, remembering what the question was read as. After "which GP was
    /// quoted…?" the person the answer names first is who "he" means next; so after a question that named nobody,
    /// answered in one person's words only ("how did the hackers get in?" answered by the trust's chief executive), or
    /// refused with a pointer to one person's words.
    /// </summary>
    public static ConversationTurn Of(string question, Answer answer, AnalyzedQuestion analyzed)
    {
        // A refusal that points to the closest passage still tells the user whose words are nearest: "she" next is them.
        var answered = analyzed.Speakers.Count == 0 && answer.Citations.Count > 0 ? answer.Citations[0].Speaker : null;
        var onlyOne = answered is not null && answer.Citations.All(c => c.Speaker is null || c.Speaker == answered);
        var speakers = answered is not null && (analyzed.Expected == ExpectedAnswer.Person || onlyOne) ? [answered] : analyzed.Speakers;
        return new(question, answer, speakers, analyzed.KeyTerms)
        {
            ScopedToSpeakers = analyzed.ScopedToSpeakers,
            SpeakersFromAnswer = analyzed.Speakers.Count == 0 && speakers.Count > 0,
        };
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
