using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Attributes each sentence of a document to the person whose words or remarks it carries:
/// direct quotes ("…," Barclay said), reported speech (Hancock also made announcements…),
/// continued quotes and pronouns (He added…) resolved to the last named speaker.
/// Narration that reports nobody's words gets no speaker, so nobody's words are put in another's mouth.
/// </summary>
public static partial class SpeakerAttributor
{
    // Verbs that introduce what a person said or presented.
    private const string SpeechVerbs =
        "said|says|say|added|adds|noted|notes|continued|highlighted|highlights|explained|explains|introduced|introduces|" +
        "announced|announces|stated|states|told|tells|argued|argues|warned|warns|spoke|speaks|delivered|delivers|" +
        "reiterated|reiterates|made announcements|urged|urges|promised|promises|pledged|pledges|claimed|claims|" +
        "emphasised|emphasized|stressed|described|describes|insisted|outlined|outlines|set out|sets out|revealed|reveals|" +
        "confirmed|confirms|acknowledged|acknowledges|remarked|commented|comments|wrote|writes|asked|asks|replied|" +
        "suggested|suggests|called for|calls for|committed|commits|unveiled|unveils|launched|launches|welcomed|welcomes|" +
        "praised|praises|admitted|admits|declared|declares|predicted|predicts|believes|believed|thinks|thought|addressed|addresses|" +
        "presented|presents|insists|recalled|recalls|pointed out|points out";

    private const string Honorifics = "Lord|Lady|Baroness|Sir|Dame|Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Cllr|Rt Hon";
    // Honorifics that are part of how a person is named (Lord Markham); the others are dropped from the display name.
    private static readonly HashSet<string> KeptHonorifics = new(StringComparer.Ordinal) { "Lord", "Lady", "Baroness", "Sir", "Dame" };

    // Words that are capitalised but never part of a person's name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
        "On", "In", "At", "As", "For", "From", "With", "By", "Of", "To", "And", "But", "However", "Also", "Earlier", "Later",
        "Speaking", "When", "While", "Every", "Each", "Other", "Now", "Then", "Today", "Yesterday", "Last", "Next", "Equally",
        "Health", "Care", "Social", "Secretary", "Minister", "State", "Department", "Government", "Parliament", "House",
        "Alliance", "Service", "Services", "Trust", "Trusts", "Hospital", "Council", "Collaborative", "Group", "Lab", "University",
        "College", "Foundation", "Institute", "Board", "Event", "Confed", "Committee", "Agency", "Network", "England", "Digital",
        "Tech", "Technology", "Innovation", "Centre", "Center", "Office", "Partnership", "Fund", "Programme", "Photography",
        "Chief", "Executive", "Officer", "Director", "Founder", "Chair", "Chairman", "President", "Professor", "Nurse",
        "Mandate", "Funding", "Medical", "National", "Royal", "AI",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Keynote", "Conference", "Summit",
    };

    [GeneratedRegex(@"(?:\b(?:" + Honorifics + @")\.?\s+)?\b\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}[\p{Ll}’'\-]+){0,2}\b")]
    private static partial Regex CandidateName();

    // What may stand between a subject and its speech verb: an appositive (", founder of X,"), a relative ("who"), adverbs.
    [GeneratedRegex(@"^(?:\s*,\s*(?:who\s+)?[^,.;:“”""]{0,90}?,?)?\s+(?:(?:also|once again|again|then|later|has|had|have|was|who|further|\w+ly)\s+){0,3}(?:" + SpeechVerbs + @")\b")]
    private static partial Regex SubjectOfSpeechVerb();

    [GeneratedRegex(@"\b(?:said|says|added|asked|explained|noted|continued|told)\s+$")]
    private static partial Regex SpeechVerbBefore();

    [GeneratedRegex(@"\b(?:keynote(?: talk| speech| address)?|talk|speech|address|remarks|interview|presentation|session|evidence)\s+(?:from|by|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TalkFrom();

    [GeneratedRegex(@"^(?:\W*)(?:(?:However|Also|And|But|Then|Later|Finally|Meanwhile)\s*,?\s+)?(?:he|she)\b|\b(?:he|she)\s+(?:(?:also|then|later|further)\s+)?(?:" + SpeechVerbs + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"^\W*(?:The|His|Her)\s+(?:keynote|talk|speech|address|session|presentation|remarks|minister|secretary|speaker)\b")]
    private static partial Regex TalkReference();

    [GeneratedRegex(@"\b(?:At|at)\s+(the\s+)?(?:(?:inaugural|annual|recent|first|second|third|latest)\s+)?((?:\p{Lu}[\w’'\-]*|&)(?:\s+(?:&|and|of|for|\p{Lu}[\w’'\-]*))*)(\s+(?:event|conference|summit|expo|congress|forum|festival|symposium))?")]
    private static partial Regex EventPhrase();

    /// <summary>Attributes every sentence of one document and derives its profile.</summary>
    public static (IReadOnlyList<Sentence> Sentences, DocumentProfile Profile) Attribute(
        string sourceId, string text, IReadOnlyList<TextSpan> spans, int firstSentenceId)
    {
        var people = FindPeople(text, spans);
        var sentences = new List<Sentence>(spans.Count);
        string? current = null;
        var quoteOpen = false;
        var lastParagraph = -1;
        var lastKind = AttributionKind.Narration;
        foreach (var span in spans)
        {
            var sentenceText = text[span.Start..span.End];
            var newParagraph = span.Paragraph != lastParagraph;
            lastParagraph = span.Paragraph;
            // A quotation continues the last speaker's words: across a paragraph break, or a new quote straight after
            // their quoted sentence ("…," Streeting said. "By the end of …").
            var opensUnattributedQuote = StartsWithOpeningQuote(sentenceText) && !ClosesWithAttribution(sentenceText, people);
            var continuesQuote = current is not null && (newParagraph
                ? opensUnattributedQuote
                : quoteOpen || (lastKind == AttributionKind.Direct && opensUnattributedQuote));
            var named = FindSpeaker(sentenceText, people);
            string? speaker;
            AttributionKind kind;
            if (named is not null)
            {
                speaker = named;
                kind = HasQuote(sentenceText) ? AttributionKind.Direct : AttributionKind.Reported;
            }
            else if (continuesQuote)
            {
                speaker = current;
                kind = AttributionKind.Direct;
            }
            else if (current is not null && (PronounSpeaker().IsMatch(sentenceText) || TalkReference().IsMatch(sentenceText)))
            {
                speaker = current;
                kind = HasQuote(sentenceText) ? AttributionKind.Direct : AttributionKind.Reported;
            }
            else
            {
                speaker = null;
                kind = AttributionKind.Narration;
                // Narration that names someone else moves the conversation away from the last speaker.
                if (MentionsOtherPerson(sentenceText, people, current)) current = null;
            }
            if (speaker is not null) current = speaker;
            quoteOpen = QuoteOpenAfter(sentenceText, continuesQuote || (quoteOpen && !newParagraph));
            lastKind = kind;
            sentences.Add(new Sentence(firstSentenceId + sentences.Count, sourceId, span.Start, span.End, span.Paragraph, speaker, kind));
        }
        return (sentences, BuildProfile(sourceId, text, sentences));
    }

    /// <summary>The people a document names as speakers: canonical name by every alias (full name, surname).</summary>
    private static Dictionary<string, string> FindPeople(string text, IReadOnlyList<TextSpan> spans)
    {
        var canonical = new List<string>();
        foreach (var span in spans)
        {
            var sentence = text[span.Start..span.End];
            foreach (Match m in CandidateName().Matches(sentence))
            {
                var name = CleanName(m.Value);
                if (name is null) continue;
                var hasTitle = name != m.Value.Trim() || KeptHonorifics.Any(h => m.Value.StartsWith(h + " ", StringComparison.Ordinal));
                var isSpeaker = IsSpeakerMention(sentence, m);
                var words = name.Split(' ').Length;
                if (isSpeaker || (hasTitle && words >= 2))
                    canonical.Add(name);
            }
        }
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        // Longer names first, so that "Barclay" maps to "Steve Barclay" rather than to itself.
        foreach (var name in canonical.Distinct().OrderByDescending(n => n.Split(' ').Length))
        {
            var surname = name.Split(' ')[^1];
            if (aliases.TryGetValue(surname, out var existing))
            {
                aliases.TryAdd(name, existing);
                continue;
            }
            aliases[name] = name;
            aliases[surname] = name;
            var withoutHonorific = StripHonorific(name);
            if (withoutHonorific != name) aliases.TryAdd(withoutHonorific, name);
        }
        return aliases;
    }

    /// <summary>Drops leading capitalised words that cannot be part of a name ("Secretary Steve Barclay" becomes "Steve Barclay").</summary>
    private static string? CleanName(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string? honorific = null;
        if (words.Count > 1 && IsHonorific(words[0].TrimEnd('.')))
        {
            honorific = words[0].TrimEnd('.');
            words.RemoveAt(0);
        }
        while (words.Count > 0 && NotNameWords.Contains(words[0])) words.RemoveAt(0);
        if (words.Count == 0 || words.Any(w => NotNameWords.Contains(w))) return null;
        // Possessives are not part of the name (Barclay’s plan).
        words[^1] = words[^1].TrimEnd('’', '\'').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        if (words[^1].Length < 2) return null;
        var name = string.Join(' ', words);
        return honorific is not null && KeptHonorifics.Contains(honorific) ? honorific + " " + name : name;
    }

    private static bool IsHonorific(string word) => Honorifics.Split('|').Contains(word);

    private static string StripHonorific(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && IsHonorific(name[..space]) ? name[(space + 1)..] : name;
    }

    /// <summary>The person this sentence presents as speaking, if it names one.</summary>
    private static string? FindSpeaker(string sentence, Dictionary<string, string> people)
    {
        foreach (Match m in CandidateName().Matches(sentence))
        {
            var person = Resolve(m.Value, people);
            if (person is null) continue;
            if (IsSpeakerMention(sentence, m)) return person;
        }
        // A person named as the sentence's subject ("Hancock once again reiterated …" after an introductory clause).
        return null;
    }

    /// <summary>
    /// Whether a name is the one speaking: the subject of a speech verb (allowing an appositive in between, but not
    /// another name, which would be the nearer subject), the object of "said", or "a talk from". A name after "in",
    /// "at" or "from" is a place or an organisation.
    /// </summary>
    private static bool IsSpeakerMention(string sentence, Match name)
    {
        var before = sentence[..name.Index];
        if (TalkFrom().IsMatch(before) || SpeechVerbBefore().IsMatch(before)) return true;
        if (PlacePreposition().IsMatch(before)) return false;
        var after = sentence[(name.Index + name.Length)..];
        var verb = SubjectOfSpeechVerb().Match(after);
        return verb.Success && !CandidateName().Matches(after[..verb.Length]).Any(n => n.Value.Contains(' ') && CleanName(n.Value) is not null);
    }

    [GeneratedRegex(@"\b(?:in|at|from|to|across|near|of)\s+$")]
    private static partial Regex PlacePreposition();

    private static string? Resolve(string mention, Dictionary<string, string> people)
    {
        var name = CleanName(mention);
        if (name is null) return null;
        if (people.TryGetValue(name, out var person)) return person;
        if (people.TryGetValue(StripHonorific(name), out person)) return person;
        return people.TryGetValue(name.Split(' ')[^1], out person) ? person : null;
    }

    private static bool MentionsOtherPerson(string sentence, Dictionary<string, string> people, string? current)
    {
        foreach (Match m in CandidateName().Matches(sentence))
        {
            var person = Resolve(m.Value, people);
            if (person is not null && person != current) return true;
        }
        return false;
    }

    private static bool ClosesWithAttribution(string sentence, Dictionary<string, string> people) => FindSpeaker(sentence, people) is not null;

    private static bool HasQuote(string sentence) => sentence.AsSpan().IndexOfAny("“”\"") >= 0;

    private static bool StartsWithOpeningQuote(string sentence) => sentence.TrimStart().StartsWith('“') || sentence.TrimStart().StartsWith('"');

    /// <summary>Whether a quotation is still open after this sentence, so the next one continues the same person's words.</summary>
    private static bool QuoteOpenAfter(string sentence, bool openBefore)
    {
        var open = openBefore;
        foreach (var c in sentence)
        {
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }

    private static DocumentProfile BuildProfile(string sourceId, string text, List<Sentence> sentences)
    {
        var bySpeaker = sentences.Where(s => s.Speaker is not null)
            .GroupBy(s => s.Speaker!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(s => s.Start))
            .ToList();
        string? eventName = null;
        foreach (var sentence in sentences.Take(4))
        {
            var m = EventPhrase().Match(text, sentence.Start, sentence.End - sentence.Start);
            if (!m.Success) continue;
            // "the" belongs to the name when the phrase ends in a common noun ("the Parliament & HealthTech event").
            var article = m.Groups[1].Success && m.Groups[3].Success ? "the " : "";
            eventName = (article + m.Groups[2].Value + m.Groups[3].Value).Trim();
            break;
        }
        return new DocumentProfile(sourceId, bySpeaker.FirstOrDefault()?.Key, eventName, bySpeaker.Select(g => g.Key).ToList());
    }
}
