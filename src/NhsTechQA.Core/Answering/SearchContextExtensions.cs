using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

public static partial class SearchContextExtensions
{
    /// <summary>
    /// Whether a sentence is in a turn that answers one of the people spoken to: the turn right before its speaker's
    /// (past lines that are nobody's, such as a label on its own line) is theirs.
    /// </summary>
    public static bool RepliesTo(this SearchContext context, Sentence sentence, IReadOnlyList<string> addressees)
    {
        if (sentence.Speaker is null || context.Speakers.IsOneOf(sentence.Speaker, addressees)) return false;
        var sentences = context.Index.Sentences;
        bool Before(int id) => id >= 0 && sentences[id].SourceId == sentence.SourceId;
        var at = sentence.Id;
        while (Before(at - 1) && sentences[at - 1].Speaker == sentence.Speaker) at--;
        for (var skipped = 0; Before(at - 1) && sentences[at - 1].Speaker is null && skipped < MaxUnattributedBetweenTurns; skipped++) at--;
        return Before(at - 1) && context.Speakers.IsOneOf(sentences[at - 1].Speaker, addressees);
    }

    private const int MaxUnattributedBetweenTurns = 3;

    /// <summary>
    /// A word typed in lower case ("ashby") that the documents only ever write as a name ("Ashby"): a place or a body
    /// the asker did not capitalise. Not an abbreviation the documents write in capitals ("epr" for "EPR").
    /// </summary>
    public static bool WrittenAsName(this SearchContext context, KeyTerm term)
    {
        if (!term.InCorpus || term.Surface.Length < 3 || !term.Surface.All(char.IsLower)) return false;
        var word = new Regex($@"\b{Regex.Escape(term.Surface)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var seen = false;
        foreach (var sentence in context.Sentences.Lexical.Containing(term.Term).Take(MaxSentencesReadForCase).Select(id => context.Index.Sentences[id]))
            foreach (Match m in word.Matches(context.Index.TextOf(sentence)))
            {
                if (!char.IsUpper(m.Value[0]) || !m.Value.Skip(1).Any(char.IsLower)) return false;
                seen = true;
            }
        return seen;
    }

    private const int MaxSentencesReadForCase = 50;

    /// <summary>
    /// The full name of a person the documents mention by a title ("Dr Harriet Osei", "Professor Osei") under the
    /// given name, when no words in them are attributed to anyone by that name and the documents never write the
    /// name in lower case; null otherwise (a speaker, an organisation, a place, an ordinary word).
    /// </summary>
    public static string? MentionedPerson(this SearchContext context, KeyTerm term)
    {
        var name = term.Surface;
        if (name.Contains(' ') || !name.All(char.IsLetter) || context.Speakers.FindIn(name).Any()) return null;
        var anywhere = new Regex($@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var titled = new Regex($@"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Lord|Lady|Baroness|Sir|Dame)\.?\s+(?-i:(?:(?<first>\p{{Lu}}[\p{{L}}’'\-]+)\s+)?)(?<name>{Regex.Escape(name)})\b(?-i:(?!\s+\p{{Lu}}))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string? found = null;
        // Only the sentences with the word in them (the index lists them) are read.
        foreach (var sentence in context.Sentences.Lexical.Containing(term.Term).Select(id => context.Index.Sentences[id]))
        {
            var text = context.Index.TextOf(sentence);
            if (anywhere.Matches(text).Any(m => char.IsLower(m.Value[0]))) return null;
            if (found is null && titled.Match(text) is { Success: true } match && char.IsUpper(match.Value[0]) && char.IsUpper(match.Groups["name"].Value[0]))
                found = match.Groups["first"].Success ? $"{match.Groups["first"].Value} {match.Groups["name"].Value}" : match.Value;
        }
        return found;
    }

    /// <summary>Whether a sentence contains a key term, or all the terms of one of its glossary alternatives.</summary>
    public static bool Covers(this SearchContext context, int sentenceId, KeyTerm term)
    {
        return IsIn(term, context.SentenceTerms[sentenceId]);
    }

    /// <summary>
    /// Whether any sentence the people said (or a report of their words), or a question they answered next, contains
    /// the term: a scan of the corpus. A witness who answers "How much will the roll-out cost?" speaks of its cost.
    /// With <paramref name="inContext"/>, the description of the sentence's document and its speaker's role count too.
    /// </summary>
    public static bool SpeakersEverSay(this SearchContext context, IReadOnlyList<string> speakers, KeyTerm term, bool inContext = false)
    {
        bool Theirs(Documents.Sentence s) => context.Speakers.Speaks(s, speakers) || AnsweredBy(context, s, speakers);
        // Only sentences with one of the term's words can have it, and the index lists them: a fresh process would
        // otherwise analyse the whole corpus to answer one question.
        var sentences = context.Index.Sentences;
        return context.SentencesWithAny([term]).Any(id => Theirs(sentences[id]) && context.Covers(id, term))
               || (inContext && sentences.Any(s => Theirs(s) && (context.DescribesDocument(s.SourceId, term) || (s.Speaker is { } speaker && context.InRoleOf(speaker, term)))));
    }

    /// <summary>The sentences that contain a word of any of the terms (the term, or the first word of another way of saying it), in order.</summary>
    public static IEnumerable<int> SentencesWithAny(this SearchContext context, IEnumerable<KeyTerm> terms) =>
        terms.SelectMany(t => t.Alternatives.Where(a => a.Count > 0).Select(a => a[0]).Prepend(t.Term))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(context.Sentences.Lexical.Containing)
            .Distinct().Order();

    private static bool AnsweredBy(SearchContext context, Documents.Sentence question, IReadOnlyList<string> speakers)
    {
        var sentences = context.Index.Sentences;
        var next = question.Id + 1;
        return next < sentences.Count && sentences[next].SourceId == question.SourceId && sentences[next].Speaker != question.Speaker
            && context.Speakers.IsOneOf(sentences[next].Speaker, speakers)
            && Ingestion.TextSplitter.LastMark(context.Index.TextOf(question)) == '?';
    }

    /// <summary>
    /// Whether a sentence, the description of its document (title, event, date), or its speaker's role contains a key
    /// term: "We found one error in every 400 notes", said by Wrenfield's chief clinical information officer, is Wrenfield's.
    /// </summary>
    public static bool CoversInContext(this SearchContext context, int sentenceId, KeyTerm term)
    {
        var sentence = context.Index.Sentences[sentenceId];
        return context.Covers(sentenceId, term) || context.DescribesDocument(sentence.SourceId, term)
            || (sentence.Speaker is { } speaker && context.InRoleOf(speaker, term));
    }

    /// <summary>Whether the roles the documents give a person contain a key term ("Westmere" for its council's director).</summary>
    public static bool InRoleOf(this SearchContext context, string speaker, KeyTerm term) =>
        context.Roles.Roles.TryGetValue(context.Speakers.Canonical(speaker), out var role) && IsIn(term, role);

    public static bool DescribesDocument(this SearchContext context, string sourceId, KeyTerm term)
    {
        return IsIn(term, context.DocumentTerms[sourceId]);
    }

    /// <summary>Whether a set of analysed terms has the key term, or all the terms of one of its glossary alternatives.</summary>
    private static bool IsIn(KeyTerm term, IReadOnlySet<string> terms) => terms.Contains(term.Term) || term.Alternatives.Any(a => a.All(terms.Contains));

    /// <summary>
    /// The question's terms that pick out documents: found in the description of some documents, but not most of
    /// them (a word every title shares picks out nothing).
    /// </summary>
    public static IReadOnlyList<KeyTerm> DocumentPickingTerms(this SearchContext context, IReadOnlyList<KeyTerm> terms)
    {
        var documents = context.Index.Documents.Count;
        return terms.Where(t =>
        {
            var described = context.Index.Documents.Count(d => context.DescribesDocument(d.SourceId, t));
            return described > 0 && described <= Math.Max(1, documents / 2);
        }).ToList();
    }
}
