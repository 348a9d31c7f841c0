using System.Text.RegularExpressions;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Ingestion;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

/// <summary>A content word of a question: its analysed term, the word as asked, and how specific it is in the corpus.</summary>
/// <summary><see cref="Alternatives"/> are other ways of saying it (from the glossary), each a phrase of analysed terms.</summary>
public sealed record KeyTerm(string Term, string Surface, double Weight, bool InCorpus, bool LooksLikeName)
{
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; init; } = [];

    public IEnumerable<string> AllTerms => Alternatives.SelectMany(a => a).Prepend(Term);
}

/// <summary>A question made ready for search: instructions removed, speakers resolved (from the conversation for follow-ups), key terms weighed.</summary>
/// <summary><see cref="ExpandedText"/> is the search text with glossary expansions, for the embedding model.</summary>
/// <summary><see cref="ExcludedSentences"/>: sentences already cited in this conversation, left out when the user asks for more.</summary>
public sealed record AnalyzedQuestion(
    string SearchText, string ExpandedText, bool IgnoredInstructions, IReadOnlyList<string> Speakers, bool SpeakersFromConversation,
    IReadOnlyList<KeyTerm> KeyTerms)
{
    public IReadOnlySet<int> ExcludedSentences { get; init; } = new HashSet<int>();
}

/// <summary>
/// Reads a question as data: sentences that instruct the assistant ("ignore the documents and say …") are set aside,
/// never obeyed; what remains is searched for.
/// </summary>
public sealed partial class QuestionAnalyzer(SearchContext context, GlossaryOptions glossary)
{
    // Words that shape a question about speeches but are not its topic.
    private static readonly string[] QuestionWords =
    [
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "done", "has", "have", "had",
        "say", "said", "says", "saying", "tell", "told", "talk", "talked", "talks", "speak", "spoke", "mention", "mentioned",
        "think", "thinks", "thought", "according", "about", "describe", "described", "promise", "promised", "promises",
        "expect", "expected", "view", "views", "opinion", "position", "stance", "regarding", "concerning", "he", "she", "his",
        "her", "him", "they", "them", "their", "anything", "something", "much", "many", "any", "some", "else", "me", "us",
        "you", "your", "i", "we", "our", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "is",
        "are", "was", "were", "been", "being", "am", "also", "please", "there", "give", "gives", "explain", "summarise",
        "summarize", "discuss", "discussed", "comment", "commented", "remarks", "speech", "speeches", "document", "documents",
        // English function words beyond the analyzer's short stop list: they carry no topic.
        "every", "each", "without", "within", "among", "amongst", "between", "across", "against", "towards", "toward", "upon",
        "onto", "into", "over", "under", "after", "before", "during", "since", "until", "while", "whilst", "because", "though",
        "although", "whether", "than", "too", "very", "just", "only", "even", "still", "yet", "already", "ever", "never",
        "more", "most", "less", "least", "other", "others", "another", "same", "such", "own", "all", "both", "either", "neither",
        "few", "several", "per", "via", "from", "off", "out", "up", "down", "here", "now", "then", "so", "its", "it's", "those",
        "these", "this", "that", "whose", "one", "ones", "get", "got", "make", "made", "go", "going", "like", "well", "way",
        "thing", "things", "lot", "really", "actually", "regard", "respect", "related", "relating", "particular",
        "right", "true", "correct", "indeed", "exactly", "commit", "committed", "commitment", "commitments", "pledge", "pledged",
        "announce", "announced", "announcement", "announcements", "claim", "claimed",
    ];

    private readonly HashSet<string> _ignoredTerms = BuildIgnoredTerms(context);

    // The glossary, analysed once rather than for every question.
    private readonly List<GlossaryEntry> _glossary = glossary.Terms
        .Select(e => new GlossaryEntry(e.Key, e.Value, context.Sentences.Lexical.Analyze(e.Key), context.Sentences.Lexical.Analyze(e.Value)))
        .Where(e => e.AbbreviationTerms.Count > 0 && e.PhraseTerms.Count > 0)
        .ToList();

    private sealed record GlossaryEntry(string Abbreviation, string Phrase, IReadOnlyList<string> AbbreviationTerms, IReadOnlyList<string> PhraseTerms);

    public AnalyzedQuestion Analyze(string question, Conversation conversation)
    {
        var sentences = TextSplitter.SplitSentences(question).Select(s => question[s.Start..s.End]).ToList();
        var kept = sentences.Where(s => !IsInstruction(s)).ToList();
        var ignored = kept.Count < sentences.Count;
        var searchText = string.Join(' ', kept).Trim();
        var speakers = context.Speakers.FindIn(searchText);
        var fromConversation = false;
        var last = conversation.Last;
        if (speakers.Count == 0 && last is not null && last.Speakers.Count > 0 && RefersBack(searchText))
        {
            speakers = last.Speakers;
            fromConversation = true;
        }
        IReadOnlyList<KeyTerm> terms = KeyTerms(searchText);
        var asksForMore = last is not null && AsksForMore().IsMatch(searchText);
        if (terms.Count == 0 && last is not null && RefersBack(searchText) && !asksForMore)
            terms = last.KeyTerms;
        var (expanded, expansions) = Expand(terms);
        return new AnalyzedQuestion(searchText, expansions.Count > 0 ? $"{searchText} ({string.Join("; ", expansions)})" : searchText,
            ignored, speakers, fromConversation, expanded)
        {
            ExcludedSentences = asksForMore ? CitedSentences(conversation) : new HashSet<int>(),
        };
    }

    /// <summary>The sentences the conversation's answers have cited so far.</summary>
    private HashSet<int> CitedSentences(Conversation conversation)
    {
        var cited = conversation.Turns.SelectMany(t => t.Answer.Citations).Select(c => (c.Source, c.Start)).ToHashSet();
        return context.Index.Sentences.Where(s => cited.Contains((s.SourceId, s.Start))).Select(s => s.Id).ToHashSet();
    }

    /// <summary>Adds glossary alternatives in both directions: an abbreviation asked finds its spelled-out form, and the reverse.</summary>
    private (List<KeyTerm> Terms, List<string> Expansions) Expand(IReadOnlyList<KeyTerm> terms)
    {
        var expanded = terms.ToList();
        var expansions = new List<string>();
        var analyzedQuestion = terms.Select(t => t.Term).ToList();
        foreach (var (abbreviation, phrase, abbreviationTerms, phraseTerms) in _glossary)
        {
            var asksAbbreviation = abbreviationTerms.All(analyzedQuestion.Contains);
            var asksPhrase = ContainsRun(analyzedQuestion, phraseTerms);
            if (asksAbbreviation && !asksPhrase)
            {
                Replace(expanded, abbreviationTerms, phraseTerms);
                expansions.Add($"{abbreviation}: {phrase}");
            }
            else if (asksPhrase && !asksAbbreviation)
            {
                Replace(expanded, phraseTerms, abbreviationTerms);
                expansions.Add($"{phrase}: {abbreviation}");
            }
        }
        return (expanded, expansions);
    }

    private static void Replace(List<KeyTerm> terms, IReadOnlyList<string> asked, IReadOnlyList<string> alternative)
    {
        for (var i = 0; i < terms.Count; i++)
            if (asked.Contains(terms[i].Term))
                terms[i] = terms[i] with { Alternatives = [.. terms[i].Alternatives, alternative] };
    }

    private static bool ContainsRun(IReadOnlyList<string> terms, IReadOnlyList<string> run)
    {
        for (var start = 0; start + run.Count <= terms.Count; start++)
            if (run.Select((t, i) => terms[start + i] == t).All(x => x)) return true;
        return false;
    }

    private List<KeyTerm> KeyTerms(string text)
    {
        var terms = new List<KeyTerm>();
        var lexical = context.Sentences.Lexical;
        var first = true;
        foreach (Match word in Word().Matches(text))
        {
            var sentenceStart = first || IsSentenceStart(text, word.Index);
            first = false;
            foreach (var term in lexical.Analyze(word.Value))
            {
                if (_ignoredTerms.Contains(term) || terms.Any(t => t.Term == term)) continue;
                var inCorpus = lexical.DocumentFrequency(term) > 0;
                var looksLikeName = !sentenceStart && char.IsUpper(word.Value[0]) && word.Value.Skip(1).Any(char.IsLower);
                var surface = looksLikeName ? NamePhrase().Match(text[..(word.Index + word.Length)]).Value.Trim() : word.Value;
                terms.Add(new KeyTerm(term, surface.Length > 0 ? surface : word.Value, lexical.InverseDocumentFrequency(term), inCorpus, looksLikeName));
            }
        }
        return terms;
    }

    private static bool IsSentenceStart(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or '“' or '"' or ':';
    }

    private static HashSet<string> BuildIgnoredTerms(SearchContext context)
    {
        var lexical = context.Sentences.Lexical;
        var words = QuestionWords.Concat(context.Speakers.AliasWords).Concat(["lord", "lady", "baroness", "sir", "dame", "dr", "mr", "mrs", "ms"]);
        return words.SelectMany(w => lexical.Analyze(w)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsInstruction(string sentence) => Instruction().IsMatch(sentence);

    private static bool RefersBack(string text) => Pronoun().IsMatch(text) || ContinuationOpening().IsMatch(text);

    [GeneratedRegex(@"[\p{L}\p{N}£$€][\p{L}\p{N}’'\-\.£$€]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\W*(?:please\s+)?(?:ignore|disregard|forget|override|pretend|act as|roleplay|role-play|you are now|you must|from now on|new instructions?|system prompt|tell me that|say that|state that|respond (?:only )?with|reply (?:only )?with|output|print|repeat after me|write (?:that|a)|do not (?:use|cite|answer)|don't (?:use|cite))\b|\b(?:ignore|disregard|forget)\s+(?:all|any|the|your|previous|prior|above|earlier)\s+(?:\w+\s+)?(?:instructions?|documents?|sources?|speeches|rules|context|prompts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    // The capitalised words that end at a name-like word: "the NHS App" gives "NHS App".
    [GeneratedRegex(@"(?:\b\p{Lu}[\p{L}&’'\-]*\s+)*\b\p{Lu}[\p{L}&’'\-]*$")]
    private static partial Regex NamePhrase();

    [GeneratedRegex(@"\b(?:what|anything|who) else\b|\b(?:tell me )?more\b|\bother (?:things|points)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForMore();

    [GeneratedRegex(@"\b(?:he|she|him|his|her|hers|they|them|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\W*(?:and|also|what about|how about|what else|anything else|more on|tell me more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuationOpening();
}
