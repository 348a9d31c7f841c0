using System.Text.RegularExpressions;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Core.Retrieval;

/// <summary>A role phrase of a question ("the Corvane boss") read as the one person it fits, and where the phrase stands.</summary>
public sealed record ResolvedRole(string Person, IReadOnlyList<string> RoleWords, int Index, int Length);

/// <summary>
/// The roles the documents give people, for reading "the health secretary" or "the life sciences minister" in a
/// question as the person. A role is the clause written next to a name: before it ("Health Secretary Sajid Javid",
/// "Minister for Urgent and Emergency Care Daniel Ashworth", "Under-Secretary of State for Life Sciences (George
/// Freeman)") or after it ("Gareth Lyle, Chief Executive, Severnside Hospitals"), when the clause has a role noun.
/// Built on first use: only a question that names a role needs it.
/// </summary>
public sealed partial class RoleDirectory(CorpusIndex index, SpeakerDirectory speakers, Func<string, IReadOnlyList<string>> analyze, Func<string, bool> used)
{
    private Dictionary<string, HashSet<string>>? _roles;
    private Dictionary<string, List<HashSet<string>>>? _clauses;

    /// <summary>The analysed words of each person's roles, all clauses together.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Roles => _roles ??= Clauses.ToDictionary(
        p => p.Key, p => p.Value.SelectMany(c => c).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    // Each person's role clauses, one set of analysed words each ("Minister of State for Care", "digital minister").
    private Dictionary<string, List<HashSet<string>>> Clauses => _clauses ??= Build();

    /// <summary>
    /// Every role phrase in the question that fits one person best ("the Severnside chief exec"), in the order asked,
    /// with the question's words that made the role (so they are not searched for as its topic) and where it stands:
    /// "the Bristol GP and the Corvane boss" are two people. A phrase that fits several people equally is nobody.
    /// </summary>
    public IReadOnlyList<ResolvedRole> ResolveAll(string question) =>
        AskedRole().Matches(question).Select(m => Resolve(m, question)).OfType<ResolvedRole>().DistinctBy(r => r.Person).ToList();

    /// <summary>
    /// Whether the question names a role ("the NHSE national director", "their CCIO", "the minister") that none of
    /// these people is recorded as holding: someone else is asked about.
    /// </summary>
    public bool NamesRoleNotHeldBy(string question, IReadOnlyList<string> people)
    {
        if (people.Count == 0) return false;
        return AskedRole().Matches(question).Any(asked =>
        {
            var nouns = NounsFor(asked.Groups["noun"].Value);
            var modifiers = analyze(asked.Groups["before"].Value + " " + asked.Groups["after"].Value).Distinct().ToList();
            return !people.Any(p => Roles.TryGetValue(p, out var role) && role.Any(w => nouns.Contains(Noun(w))) && modifiers.All(m => role.Any(w => SameWord(m, w))));
        });
    }

    private ResolvedRole? Resolve(Match asked, string question)
    {
        // "The health minister in the Westminster Hall debate": among people whose roles fit, the one who speaks in the
        // document the question names (the debate's replying minister, not a minister of another department's speech).
        var named = NamedDocument(question.Remove(asked.Index, asked.Length));
        var before = asked.Groups["before"].Value;
        var after = asked.Groups["after"];
        // "The Corvane boss at the select committee", "the Secretary of State quote in his speech": when the words after
        // the role do not all fit anyone's role, the role ends sooner (at "of State", or at its noun) and the rest is
        // the occasion or the question.
        var ends = WordEnds().Matches(after.Value).Select(m => after.Index + m.Index + m.Length).Reverse().Append(after.Index);
        foreach (var end in after.Length > 0 ? ends : [asked.Index + asked.Length])
        {
            var length = end - asked.Index;
            if (FitOne(asked.Groups["noun"].Value, $"{before} {asked.Value[(after.Index - asked.Index)..length]}", named) is not { } person) continue;
            var roleWords = Regex.Split(asked.Value[..length], @"\W+").Where(w => w.Length > 0 && w.ToLowerInvariant() is not ("the" or "their" or "its")).ToList();
            return new ResolvedRole(person, roleWords, asked.Index, length);
        }
        return null;
    }

    [GeneratedRegex(@"[\p{L}&’'\-]+")]
    private static partial Regex WordEnds();

    /// <summary>The one person whose role has the noun and every modifier (one may be missing from three or more).</summary>
    private string? FitOne(string askedNoun, string words, string? namedDocument)
    {
        // "The Kestrel Lane boss" runs it, whatever the title: a chief executive first, else a managing director, a
        // manager, a head or a leader.
        var nouns = NounsFor(askedNoun);
        var modifiers = analyze(words.Trim()).Distinct().ToList();
        // "The minister" alone could be any minister, including one whose role no document spells out: nobody in particular,
        // unless the question names the occasion ("…in her Kestrel Vale speech"): then the minister who speaks there, or
        // the one speaker its metadata names (a speech page names its minister only as its speaker).
        if (modifiers.Count == 0)
            return namedDocument is not null && askedNoun.StartsWith("minist", StringComparison.OrdinalIgnoreCase) ? MinisterAt(namedDocument) : null;
        // Between equal matches, the role with the noun as asked: "the care minister" is the Minister for Care, not the
        // Secretary of State for Health and Social Care (also a minister, also of care).
        var asKept = nouns.Length > 1 ? null : analyze(askedNoun).FirstOrDefault();
        // "The health secretary" is the Secretary of State, not a Parliamentary Under-Secretary (unless asked as junior).
        var senior = askedNoun.Equals("secretary", StringComparison.OrdinalIgnoreCase) || askedNoun.Equals("sec", StringComparison.OrdinalIgnoreCase);
        var candidates = Roles
            // "The health minister" is a minister or a secretary of state, not a union's branch secretary for health workers.
            .Where(r => r.Value.Any(w => nouns.Contains(Noun(w))) && (!askedNoun.StartsWith("minist", StringComparison.OrdinalIgnoreCase) || IsMinisterial(r.Value)))
            .Where(r => !senior || modifiers.Contains(_junior.Value ?? "") || !IsJunior(r.Value))
            .Select(r => (Person: r.Key, Score: modifiers.Count(m => r.Value.Any(w => SameWord(m, w)) || (m == _junior.Value && IsJunior(r.Value))) * 2
                                                + (asKept is not null && r.Value.Contains(asKept) ? 1 : 0)
                                                + (nouns.Length > 1 && r.Value.Any(w => Noun(w) == nouns[0]) ? 1 : 0)))
            // Every word of the role as asked must fit (one may be missing from a longer role): "the chief nursing
            // officer" is not the chief operating officer, however many officers there are. The one missing is never a
            // word no document uses: "the Westmarch regional CDO" is not Eastmarch's.
            .Where(c => c.Score / 2 >= modifiers.Count - (modifiers.Count >= 3 && modifiers.All(used) ? 1 : 0))
            .OrderByDescending(c => c.Score).ToList();
        // Between equal fits, one role that has it all as asked: "the care minister" is the Minister of State for Care,
        // not the Under-Secretary for Health and Social Care who is elsewhere "the digital minister" (a minister, and of
        // care, but in two roles), nor the Secretary of State for Health and Social Care.
        if (candidates.Count > 1 && candidates[1].Score == candidates[0].Score)
        {
            var whole = candidates.Where(c => c.Score == candidates[0].Score && OneRoleFits(c.Person, nouns, asKept, modifiers)).ToList();
            if (whole.Count == 1) return whole[0].Person;
        }
        if (namedDocument is not null && candidates.Where(c => SpeaksIn(c.Person, namedDocument)).ToList() is { Count: > 0 } there)
            candidates = there;
        return candidates.Count == 0 || (candidates.Count > 1 && candidates[1].Score == candidates[0].Score) ? null : candidates[0].Person;
    }

    /// <summary>Whether one role clause of the person has the noun (the word as asked, when there is one) and every modifier.</summary>
    private bool OneRoleFits(string person, string[] nouns, string? asKept, IReadOnlyList<string> modifiers)
    {
        return Clauses.TryGetValue(person, out var clauses)
            && clauses.Any(c => (asKept is not null ? c.Contains(asKept) : c.Any(w => nouns.Contains(Noun(w)))) && modifiers.All(m => c.Any(w => SameWord(m, w))));
    }

    /// <summary>
    /// The one document whose title shares the most of the question's words, two at least ("in the Westminster Hall
    /// debate"); null when none does, or two share as many.
    /// </summary>
    private string? NamedDocument(string question)
    {
        var words = analyze(question).ToHashSet(StringComparer.Ordinal);
        var shared = TitleTerms.Select(d => (d.SourceId, Count: d.Terms.Count(words.Contains)))
            .OrderByDescending(d => d.Count).Take(2).ToList();
        return shared.Count > 0 && shared[0].Count >= 2 && (shared.Count == 1 || shared[1].Count < shared[0].Count) ? shared[0].SourceId : null;
    }

    // Each titled document's analysed title words, analysed once rather than for every question with a role.
    private IReadOnlyList<(string SourceId, IReadOnlyList<string> Terms)> TitleTerms => _titleTerms ??=
        index.Documents.Where(d => d.Metadata.Title is not null)
            .Select(d => (d.SourceId, (IReadOnlyList<string>)analyze(d.Metadata.Title!).Distinct().ToList())).ToList();

    private IReadOnlyList<(string SourceId, IReadOnlyList<string> Terms)>? _titleTerms;

    /// <summary>
    /// "The minister" at an occasion: the one minister who speaks in that document (nobody when two do), else the one
    /// speaker its metadata names.
    /// </summary>
    private string? MinisterAt(string sourceId)
    {
        var ministers = Roles.Where(r => IsMinisterial(r.Value) && SpeaksIn(r.Key, sourceId)).Select(r => r.Key).ToList();
        if (ministers.Count > 0) return ministers.Count == 1 ? ministers[0] : null;
        return index.Document(sourceId).Metadata.SoleSpeaker is { } sole ? speakers.Canonical(sole) : null;
    }

    // The people a document's sentences are attributed to are its profile's speakers.
    private bool SpeaksIn(string person, string sourceId) =>
        index.Profile(sourceId).Speakers.Any(s => speakers.Canonical(s) == person);

    private Dictionary<string, List<HashSet<string>>> Build()
    {
        var roles = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        void Add(string person, string roleText)
        {
            if (!roles.TryGetValue(person, out var clauses)) roles[person] = clauses = [];
            clauses.Add(analyze(roleText).ToHashSet(StringComparer.Ordinal));
        }
        var texts = index.Sentences.Select(index.TextOf).Concat(index.Documents.Select(d => d.Metadata.Title).OfType<string>());
        foreach (var text in texts.Where(t => RoleNoun().IsMatch(t)))
            foreach (var (start, length, person) in speakers.MentionsIn(text))
                foreach (var clause in new[] { ClauseBefore(text, start), ClauseAfter(text, start + length) })
                    if (RoleNoun().IsMatch(clause)) Add(person, clause);
        // A speech's metadata may give its speaker's role ("speaker: Rt Hon Daniel Ferrow MP, Secretary of State for
        // Health and Social Care") though the speech never says it.
        foreach (var document in index.Documents)
        {
            if (document.Metadata is { SoleSpeaker: { } sole, SpeakerRole: { } given }) Add(speakers.Canonical(sole), given);
            // A list of speakers with each one's role in brackets ("Dr Miriam Calloway (National Director for Digital Access)").
            foreach (var (name, role) in document.Metadata.SpeakerRoles)
                if (speakers.Find(name) is { } person) Add(person.Name, role);
        }
        // So may a blog's author field, of the author, when the blog gives them words ("author: Daniel Hartigan MP, Minister of State for Care").
        foreach (var document in index.Documents)
            if (document.Metadata is { Authors: [var author], AuthorRole: { } role } && speakers.Find(author) is { } person)
                Add(person.Name, role);
        // So may its title: "Health and Social Care Secretary's speech at …", "Speech by the Minister for Care at …".
        foreach (var document in index.Documents)
            if (document.Metadata is { SoleSpeaker: { } sole, Title: { } title } && TitledRole().Match(title) is { Success: true } titled
                && RoleNoun().IsMatch(titled.Groups["role"].Value) && !speakers.MentionsIn(titled.Groups["role"].Value).Any())
                Add(speakers.Canonical(sole), titled.Groups["role"].Value);
        // Hansard and committee turn labels: "The Minister for Secondary Care (Daniel Ashcombe):" gives the role;
        // "Miriam Oyelaran (Thornbury North) (LD):" makes her the MP for that seat, of that party.
        foreach (var document in index.Documents)
            foreach (Match label in TurnLabel().Matches(document.Text))
            {
                var (person, roleText) = label.Groups["party"].Success
                    ? (speakers.FindIn(label.Groups["first"].Value).FirstOrDefault(),
                       $"MP member for {label.Groups["second"].Value} {PartyName(label.Groups["party"].Value)}")
                    : (speakers.FindIn(label.Groups["second"].Value).FirstOrDefault(), label.Groups["first"].Value);
                if (person is not null && (label.Groups["party"].Success || RoleNoun().IsMatch(roleText))) Add(person, roleText);
            }
        return roles;
    }

    // The parties Hansard abbreviates, as people say them ("the Lib Dem MP", "the Labour member").
    private static string PartyName(string abbreviation) => abbreviation switch
    {
        "Lab" or "Lab/Co-op" => "Labour",
        "Con" => "Conservative Tory",
        "LD" => "Liberal Democrat Lib Dem",
        "SNP" => "Scottish National SNP",
        "PC" => "Plaid Cymru",
        "DUP" => "Democratic Unionist DUP",
        "Ind" => "Independent",
        var other => other,
    };

    /// <summary>The clause just before a name (back to the last comma or full stop), or before "(Name)".</summary>
    private static string ClauseBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > 0 && text[end - 1] == '(') end--;
        var begin = text.LastIndexOfAny([',', ';', ':', '.', '(', ')', '\n', '“', '"'], Math.Max(0, end - 1)) + 1;
        if (end - begin > 120) begin = end - 120;
        return text[begin..end];
    }

    /// <summary>The appositive just after a name: "Name, chief executive of X," (up to the next comma after the role).</summary>
    private static string ClauseAfter(string text, int end)
    {
        // "Gareth Almond MP, Parliamentary Under-Secretary of State for Care": letters after the name come before the role.
        if (PostNominal().Match(text, end) is { Success: true } letters && letters.Index == end) end += letters.Length;
        // "And Kwame Ellory-Shaw is director of adult social care at Fenmoor County Council": a chair introducing a panel.
        if (IntroducedAs().Match(text, end) is { Success: true } introduced && introduced.Index == end)
            return RoleNoun().Match(introduced.Groups["role"].Value) is { Success: true } noun && RoleLead().IsMatch(introduced.Groups["role"].Value[..noun.Index])
                ? introduced.Groups["role"].Value : "";
        if (end >= text.Length || text[end] != ',') return "";
        var next = text.IndexOfAny([',', ';', '.', '\n'], end + 1);
        var first = text[(end + 1)..(next < 0 ? text.Length : next)];
        // "Ms Marchetti, your ICB was named in the Secretary of State's speech": a name addressed, then a sentence, not a role.
        if (Clause(first)) return "";
        // "Gareth Lyle, Chief Executive, Severnside Hospitals" and a witness list's "Dr Imran Sethi, GP partner,
        // Hartcliffe Road Surgery, Bristol;": the organisation and place after the role belong to it.
        for (var part = 0; part < 2 && next >= 0 && text[next] == ','; part++)
        {
            var after = text.IndexOfAny([',', ';', '.', '\n'], next + 1);
            var following = text[(next + 1)..(after < 0 ? text.Length : after)];
            if (RoleNoun().IsMatch(following) || following.Length >= 80 || SpeechVerb().IsMatch(following) || Clause(following)) break;
            first += " " + following;
            next = after;
        }
        return first.Length <= 120 ? first : "";
    }

    // A part with a verb of its own ("whose tool was used in the pilot"), unless a relative one ("who is chief executive of X").
    private static bool Clause(string part) => FiniteVerb().IsMatch(part) && !part.TrimStart().StartsWith("who ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G\s+(?:is|was)\s+(?:now\s+)?(?:the\s+|our\s+|their\s+)?(?<role>[^,;.:\n“”""]{3,110}?)(?=\s*(?:[,;.:\n]|$|\s+and\s))")]
    private static partial Regex IntroducedAs();

    // What may come before the noun of a role introduced with "is": a few words of its own ("regional", "chief clinical
    // information"), not a clause ("not sure that the", "worried the").
    [GeneratedRegex(@"^(?:(?!(?:not|no|that|who|which|whether|if|because|sure|worried|concerned|confident|clear|aware|keen|going|expected|due|told|asked|said)\b)[\p{L}\-’']+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLead();

    [GeneratedRegex(@"\G(?:\s+(?:" + PersonNames.PostNominalLetters + @"))+\b")]
    private static partial Regex PostNominal();

    [GeneratedRegex(@"\b(?:is|was|were|are|has|have|had|will|would|can|could|did|does)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteVerb();

    /// <summary>
    /// A minister's role: "Minister …", or a secretary of state ("Under-Secretary of State", "Secretary of State"); a
    /// union's branch secretary or a company secretary is no minister, though asked for as "the branch secretary".
    /// </summary>
    private static bool IsMinisterial(HashSet<string> role) =>
        role.Any(w => w.StartsWith("minist", StringComparison.Ordinal))
        || (role.Any(w => Noun(w) == "minister") && role.Any(w => w.StartsWith("state", StringComparison.Ordinal)));

    // Ministers are secretaries of state and under-secretaries; "chief exec" and "CEO" are the chief executive.
    private static string Noun(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("minist", StringComparison.Ordinal) || w.StartsWith("secretar", StringComparison.Ordinal) || w == "sec" || w.StartsWith("under-secretar", StringComparison.Ordinal) => "minister",
        var w when w.StartsWith("exec", StringComparison.Ordinal) || w is "ceo" => "executive",
        var w when w is "boss" => "boss",
        var w when w.StartsWith("manag", StringComparison.Ordinal) => "manager",
        var w when w.StartsWith("leader", StringComparison.Ordinal) => "leader",
        var w when w.StartsWith("chair", StringComparison.Ordinal) => "chair",
        var w when w.StartsWith("director", StringComparison.Ordinal) => "director",
        var w when w.StartsWith("offic", StringComparison.Ordinal) => "officer",
        var w when w.StartsWith("presid", StringComparison.Ordinal) => "president",
        var w when w.StartsWith("commission", StringComparison.Ordinal) => "commissioner",
        var w when w is "mp" or "member" => "mp",
        var w when w.StartsWith("professor", StringComparison.Ordinal) || w == "prof" => "professor",
        var w when w.StartsWith("repres", StringComparison.Ordinal) || w == "rep" => "representative",
        var w when w.StartsWith("spokes", StringComparison.Ordinal) => "spokesperson",
        var w => w,
    };

    private static readonly string[] BossNouns = ["executive", "director", "manager", "head", "leader"];

    /// <summary>The role nouns a noun as asked stands for: "boss" is any of <see cref="BossNouns"/>.</summary>
    private static string[] NounsFor(string askedNoun) => Noun(askedNoun) == "boss" ? BossNouns : [Noun(askedNoun)];

    // "The junior health minister": a Minister of State or a Parliamentary Under-Secretary, not the Secretary of State.
    private readonly Lazy<string?> _junior = new(() => analyze("junior").FirstOrDefault());
    private readonly Lazy<(string? Under, string? Parliamentary, string? Minister, string? State)> _juniorRole = new(() =>
        (analyze("under").FirstOrDefault(), analyze("parliamentary").FirstOrDefault(), analyze("minister").FirstOrDefault(), analyze("state").FirstOrDefault()));

    private bool IsJunior(HashSet<string> role)
    {
        var (under, parliamentary, minister, state) = _juniorRole.Value;
        return (under is not null && role.Contains(under)) || (parliamentary is not null && role.Contains(parliamentary))
            || (minister is not null && state is not null && role.Contains(minister) && role.Contains(state));
    }

    /// <summary>Two analysed words are the same when one is the other or an abbreviation of it ("exec", "execut").</summary>
    private static bool SameWord(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    [GeneratedRegex(@"\b(?:minister|secretary|under-secretary|chair|chairman|chairwoman|chief executive|director|officer|president|commissioner|ceo|professor|GP|lead|representative|spokesperson|spokesman|spokeswoman|manager|head|leader)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    // A turn label at the start of a line: "Role (Name):" or "Name (Seat) (Party):", in bold or not.
    [GeneratedRegex(@"^(?:\*\*|__)?(?<first>[^():\n]{3,120}?)\s*\((?<second>[^()\n]{2,80})\)(?:\s*\((?<party>Lab|Lab/Co-op|Con|LD|SNP|PC|DUP|Ind|Green|Alba|SDLP|UUP)\))?\s*:", RegexOptions.Multiline)]
    private static partial Regex TurnLabel();

    [GeneratedRegex(@"\b(?:said|says|told|added|warned|welcomed|announced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    // An address named by its speaker's role: "Health and Social Care Secretary's keynote at …", "Speech by the
    // Minister for Care to …", "Oral statement by the Secretary of State on …".
    [GeneratedRegex(@"^(?:(?<role>[^’'\n]{3,100}?)[’']s\s+(?:speech|keynote|address|remarks|statement|oral statement|lecture|foreword|letter)\b|(?:[\w ]{0,20}\s)?(?:speech|keynote|address|remarks|statement|lecture|foreword|letter)\s+(?:by|from)\s+(?:the\s+)?(?<role>.{3,100}?)(?:\s+(?:at|to|on|in|for the)\s|\s*[:(–—-]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex TitledRole();

    // "the life sciences minister", "the Severnside chief exec", "the minister for urgent care", "the health secretary",
    // "the NHS England chief digital and information officer" (up to seven words before the noun);
    // the words after "for/of/at" stop at the question's verb ("the trust boss at Kelderton say about…").
    // "marrowfield's boss", "Severnside's chief exec", "according to their chief digital officer": an organisation's role, asked without "the".
    [GeneratedRegex(@"(?:\b(?:the|their|its)\s+(?<before>(?:(?!the\b)[\p{L}&’'\-]+\s+){0,7}?)|\b(?<before>[\p{L}&\-]+[’']s\s+))(?:chief\s+)?(?<noun>minister|secretary|sec|under-secretary|chair|chairman|chairwoman|exec|executive|ceo|boss|director|officer|president|commissioner|mp|member|professor|prof|gp|lead|rep|representative|spokesperson|spokesman|spokeswoman|manager|head|leader)\b(?<after>(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:[\p{L}&’'\-]+)(?:\s+(?:and\s+)?(?!(?:say|said|says|tell|told|think|thinks|reckon|reckons|about|on|do|does|did|is|are|was|were|has|have|had|want|wants|mean|means)\b)[\p{L}&’'\-]+){0,3})?)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedRole();
}
