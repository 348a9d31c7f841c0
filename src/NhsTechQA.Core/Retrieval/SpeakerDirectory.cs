using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Retrieval;

/// <summary>One person the corpus records speaking: a canonical name and every way a question may refer to them.</summary>
/// <param name="Documents">Documents whose own speaker (metadata or principal) this person is: a report about them.</param>
public sealed record Person(string Name, IReadOnlyList<string> Aliases, IReadOnlySet<string> Documents);

/// <summary>A name in a question that is close to, but not exactly, a person's name.</summary>
/// <param name="SharedSurname">The name as asked is the surname of every one of <paramref name="People"/>, not a misspelling.</param>
public sealed record NameSuggestion(string Asked, IReadOnlyList<string> People, bool Confident, bool SharedSurname = false);

/// <summary>
/// The people the corpus attributes words to, found in a question by full name, name without honorific, or surname,
/// with one entry per person however many ways the documents name them ("Streeting", "Wes Streeting", "Mr Streeting").
/// </summary>
public sealed partial class SpeakerDirectory
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    { "lord", "lady", "baroness", "sir", "dame", "dr", "professor", "prof", "mr", "mrs", "ms", "miss", "cllr" };

    private static readonly HashSet<string> PeerTitles = new(StringComparer.OrdinalIgnoreCase) { "lord", "lady", "baroness" };

    private readonly Dictionary<string, Person> _aliases = new(StringComparer.OrdinalIgnoreCase);

    public SpeakerDirectory(IEnumerable<Sentence> sentences, IEnumerable<DocumentProfile>? profiles = null, IEnumerable<SourceDocument>? documents = null)
    {
        var profileList = profiles?.ToList() ?? [];
        var names = sentences.Select(s => s.Speaker).OfType<string>()
            .Concat(profileList.Select(p => p.PrincipalSpeaker).OfType<string>())
            .Concat(documents?.SelectMany(d => d.Metadata.Speakers) ?? [])
            .Distinct(StringComparer.Ordinal).ToList();
        // A shorter name that is another's surname (or the same name without a title) is the same person.
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.OrderByDescending(n => Bare(n).Split(' ').Length).ThenByDescending(n => n.Length))
        {
            var match = canonical.Values.Distinct().Where(c => SamePerson(name, c)).ToList();
            canonical[name] = match.Count == 1 ? match[0] : name;
        }
        var ownDocuments = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var profile in profileList)
            if (profile.PrincipalSpeaker is { } principal) Own(ownDocuments, canonical.GetValueOrDefault(principal, principal)).Add(profile.SourceId);
        foreach (var document in documents ?? [])
            foreach (var speaker in document.Metadata.Speakers)
                if (canonical.TryGetValue(speaker, out var c)) Own(ownDocuments, c).Add(document.SourceId);
        var people = canonical.GroupBy(p => p.Value).Select(g => new Person(g.Key, AliasesOf(g.Select(x => x.Key)),
            ownDocuments.GetValueOrDefault(g.Key) ?? [])).ToList();
        People = people;
        _canonical = canonical;
        // Only where the narration is theirs: the most-quoted of three people in a press release is its principal
        // speaker, but the release's own words are not a report of what they said.
        var narrationNotTheirs = profileList.Where(p => !p.NarrationIsPrincipals).Select(p => p.SourceId).ToHashSet(StringComparer.Ordinal);
        _owners = people.SelectMany(p => p.Documents.Where(d => !narrationNotTheirs.Contains(d)).Select(d => (Document: d, p.Name)))
            .GroupBy(x => x.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Name).ToList(), StringComparer.Ordinal);
        Speakers = people.Select(p => p.Name).ToList();
        var bySurname = people.GroupBy(p => Bare(p.Name).Split(' ')[^1], StringComparer.OrdinalIgnoreCase).ToList();
        var surnames = bySurname.Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        _sharedSurnames = bySurname.Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var person in people.OrderByDescending(p => p.Name.Length))
            foreach (var alias in person.Aliases)
            {
                var last = alias.Split(' ')[^1];
                if (!alias.Contains(' ') && !surnames.ContainsKey(last)) continue;
                _aliases.TryAdd(alias, person);
            }
    }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<string> Speakers { get; }

    public Person? Find(string name) => _aliases.GetValueOrDefault(name);

    private readonly Dictionary<string, string> _canonical;

    // The people whose own documents each is (metadata or principal speaker): looked up per sentence on the hot path.
    private readonly Dictionary<string, List<string>> _owners;
    private readonly Dictionary<string, List<string>> _sharedSurnames;

    /// <summary>The people a one-word name belongs to when it is the surname of more than one ("Pellow": Catriona and Gareth Pellow).</summary>
    public IReadOnlyList<string> SharingSurname(string word) => _sharedSurnames.GetValueOrDefault(word) ?? [];

    /// <summary>The one name the directory uses for a person a sentence is attributed to ("Mr Streeting" is "Wes Streeting").</summary>
    public string Canonical(string speaker) => _canonical.GetValueOrDefault(speaker, speaker);

    /// <summary>Whether a sentence attributed to <paramref name="speaker"/> is the words of one of <paramref name="people"/>.</summary>
    public bool IsOneOf(string? speaker, IReadOnlyList<string> people) => speaker is not null && people.Contains(Canonical(speaker));

    /// <summary>Whether a document's narration is one of these people's (their metadata's, or they say most of its words).</summary>
    public bool OwnsDocument(string sourceId, IReadOnlyList<string> people) =>
        _owners.TryGetValue(sourceId, out var owners) && owners.Any(people.Contains);

    /// <summary>
    /// Whether a sentence speaks for one of these people: their own words, or the narration of a document that is
    /// theirs (a report about them, the page around their speech). What a question about their words may cite.
    /// </summary>
    public bool Speaks(Sentence sentence, IReadOnlyList<string> people) =>
        IsOneOf(sentence.Speaker, people) || (sentence.Speaker is null && OwnsDocument(sentence.SourceId, people));

    /// <summary>The alias words of these people (lower case), so that a question about them does not count their name as its topic.</summary>
    public IEnumerable<string> AliasWordsOf(IEnumerable<string> speakers)
    {
        var set = speakers.ToHashSet(StringComparer.Ordinal);
        return _aliases.Where(a => set.Contains(a.Value.Name)).SelectMany(a => a.Key.Split(' ')).Select(w => w.ToLowerInvariant()).Distinct();
    }

    /// <summary>Speakers named in a text, in order of first mention.</summary>
    public IReadOnlyList<string> FindIn(string text) => MentionsIn(text).Select(m => m.Person).Distinct().ToList();

    /// <summary>Every mention of a known person in a text: where it is, and whom it names.</summary>
    public IEnumerable<(int Index, int Length, string Person)> MentionsIn(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            // Try the longest alias starting at this word first (up to three words).
            foreach (var length in new[] { 3, 2, 1 })
            {
                var phrase = Phrase(text, m, length);
                if (phrase is null || !_aliases.TryGetValue(phrase, out var person)) continue;
                var last = m;
                for (var i = 1; i < length; i++) last = last.NextMatch();
                yield return (m.Index, last.Index + last.Length - m.Index, person.Name);
                break;
            }
        }
    }

    /// <summary>
    /// People whose name a question's word nearly matches ("barcly" for Barclay): one edit for short names, two for
    /// longer ones. Confident when exactly one person is one edit away.
    /// </summary>
    public NameSuggestion? Suggest(string word)
    {
        if (word.Length < 4 || _aliases.ContainsKey(word)) return null;
        var scored = _aliases.Where(a => !a.Key.Contains(' ') && !Honorifics.Contains(a.Key))
            .Select(a => (Person: a.Value.Name, Distance: EditDistance(word.ToLowerInvariant(), a.Key.ToLowerInvariant())))
            .Where(x => x.Distance <= (word.Length >= 7 ? 2 : 1)).ToList();
        if (scored.Count == 0) return null;
        var best = scored.Min(x => x.Distance);
        var people = scored.Where(x => x.Distance == best).Select(x => x.Person).Distinct().ToList();
        return new NameSuggestion(word, people, Confident: people.Count == 1 && best == 1 && word.Length >= 5);
    }

    private static HashSet<string> Own(Dictionary<string, HashSet<string>> map, string person) =>
        map.TryGetValue(person, out var set) ? set : map[person] = new HashSet<string>(StringComparer.Ordinal);

    private static bool SamePerson(string shorter, string longer)
    {
        var a = Bare(shorter).Split(' ');
        var b = Bare(longer).Split(' ');
        if (!string.Equals(a[^1], b[^1], StringComparison.OrdinalIgnoreCase)) return false;
        // "Lord Merrow" is not "Baroness Merrow of Castlegate".
        if (Ingestion.PeerTitles.Differ(shorter, longer)) return false;
        // "Streeting" or "Mr Streeting" is "Wes Streeting"; "Jane Smith" is not "John Smith".
        return a.Length == 1 || string.Equals(string.Join(' ', a), string.Join(' ', b), StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<string> AliasesOf(IEnumerable<string> names)
    {
        var aliases = new List<string>();
        foreach (var name in names)
        {
            aliases.Add(name);
            var bare = Bare(name);
            aliases.Add(bare);
            // "Lord Kestrel" for "Lord Kestrel of Barrowfield".
            if (TerritorialPeer(name) is { } title) aliases.Add($"{title} {bare}");
            aliases.Add(bare.Split(' ')[^1]);
        }
        return aliases.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// A name without its titles. A peer's territorial designation is not part of the name people use: "Lord Kestrel
    /// of Barrowfield" is Lord Kestrel, Kestrel for short, and Barrowfield is a place.
    /// </summary>
    private static string Bare(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var peer = TerritorialPeer(name) is not null;
        while (words.Count > 1 && Honorifics.Contains(words[0].TrimEnd('.'))) words.RemoveAt(0);
        if (peer) words.RemoveRange(words.IndexOf("of"), words.Count - words.IndexOf("of"));
        return string.Join(' ', words);
    }

    /// <summary>The title of a peer named with a territorial designation ("Lord" of "Lord Kestrel of Barrowfield"), else null.</summary>
    private static string? TerritorialPeer(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 3 && PeerTitles.Contains(words[0]) && Array.IndexOf(words, "of") > 1 ? words[0] : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string? Phrase(string text, Match first, int words)
    {
        var current = first;
        var parts = new List<string> { first.Value };
        for (var i = 1; i < words; i++)
        {
            current = current.NextMatch();
            if (!current.Success) return null;
            parts.Add(current.Value);
        }
        // Possessive forms name the same person (Barclay's, Barclay’s).
        parts[^1] = PossessiveSuffix().Replace(parts[^1], "");
        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}’'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[’']s?$")]
    private static partial Regex PossessiveSuffix();
}
