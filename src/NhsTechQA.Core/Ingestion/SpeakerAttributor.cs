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
    // Being spoken to ("Mr Streeting was asked to choose…", "He was pressed on…"): someone else's words put to the
    // person, told by the narrator, not the person's own.
    private const string Addressed = @"(?:was|were|has been|had been|is being|was being)\s+(?:(?:also|then|later|repeatedly|again)\s+)?(?:asked|questioned|pressed|told|challenged|urged|invited|interrupted|criticised|criticized|accused|thanked|quizzed|grilled)\b";

    // Verbs that introduce what a person said or presented. "Asked for" a thing ("has asked for emergency funding") is a
    // request made, not words reported.
    private const string SpeechVerbs =
        "said|says|say|added|adds|noted|notes|continued|highlighted|highlights|explained|explains|introduced|introduces|" +
        "announced|announces|stated|states|told|tells|argued|argues|warned|warns|spoke|speaks|delivered|delivers|" +
        "reiterated|reiterates|made announcements|urged|urges|promised|promises|pledged|pledges|claimed|claims|" +
        "emphasised|emphasized|stressed|described|describes|insisted|outlined|outlines|set out|sets out|revealed|reveals|" +
        "confirmed|confirms|acknowledged|acknowledges|remarked|commented|comments|wrote|writes|asked(?!\\s+for\\b)|asks(?!\\s+for\\b)|replied|" +
        "suggested|suggests|called for|calls for|committed|commits|unveiled|unveils|launched|launches|welcomed|welcomes|" +
        "praised|praises|admitted|admits|declared|declares|predicted|predicts|believes|believed|thinks|thought|addressed|addresses|" +
        "presented|presents|insists|recalled|recalls|pointed out|points out|talked about|talks about|agreed|agrees|" +
        "say|add|note|explain|argue|warn|comment|highlight|stress|describe|admit|insist|announce|tell|answered|answers|responded|responds|" +
        "reported|reports";

    private const string Honorifics = "Lord|Lady|Baroness|Sir|Dame|Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Mx|Cllr|Rt Hon|Sister|Matron";
    // Honorifics that are part of how a person is named (Lord Markham); the others are dropped from the display name.
    private static readonly HashSet<string> KeptHonorifics = new(StringComparer.Ordinal) { "Lord", "Lady", "Baroness", "Sir", "Dame" };

    // Words that open a sentence or a phrase before a name, not a post or a body: dropping one is no title.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
        "On", "In", "At", "As", "For", "From", "With", "By", "Of", "To", "And", "But", "However", "Also", "Earlier", "Later",
        "Speaking", "When", "While", "Every", "Each", "Other", "Now", "Then", "Today", "Yesterday", "Last", "Next", "Equally",
    };

    // Words that are capitalised but never part of a person's name.
    private static readonly HashSet<string> NotNameWords = new(FunctionWords.Concat(
    [
        "Health", "Care", "Social", "Secretary", "Minister", "State", "Department", "Government", "Parliament", "House",
        "Alliance", "Service", "Services", "Trust", "Trusts", "Hospital", "Council", "Collaborative", "Group", "Lab", "University",
        "College", "Foundation", "Institute", "Board", "Event", "Committee", "Agency", "Network", "England", "Digital",
        "Tech", "Technology", "Innovation", "Centre", "Center", "Office", "Partnership", "Fund", "Programme",
        "Chief", "Executive", "Officer", "Director", "Founder", "Chair", "Chairman", "President", "Professor", "Nurse",
        "Member", "Non-Executive", "Mandate", "Funding", "Medical", "National", "Royal", "AI", "Society", "Association", "Federation", "Confederation",
        "Commission", "Union", "Company", "Corporation", "Authority", "Ltd", "Limited", "Plc", "Inc", "Party", "Club",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Keynote", "Conference", "Summit",
    ]), StringComparer.Ordinal);

    // The words of a role that may stand before a name ("The Health Secretary Sajid Javid").
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Secretary", "Minister", "Chief", "Executive", "Officer", "Director", "Founder", "Chair", "Chairman", "President", "Professor", "Nurse",
    };

    // Words of a name: a capital then lower case, or a surname with a capital inside ("McCrae", "MacLeod", "O'Neill"),
    // double-barrelled or not ("Okafor-Lyle", "Asante-Bright": the second half is no new name).
    // "I'd", "I'm" and "I've" are not names: after the capital comes a lower-case letter, or an apostrophe and a capital.
    private const string NameWordPattern = @"\p{Lu}(?:c\p{Lu}\p{Ll}+|ac\p{Lu}\p{Ll}+|['’]\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}’']*)(?:-\p{Lu}?[\p{Ll}’']+)*";

    [GeneratedRegex(@"(?:\b(?:" + Honorifics + @")\.?\s+)?\b" + NameWordPattern + @"(?:\s+" + NameWordPattern + @"){0,3}\b")]
    private static partial Regex CandidateName();

    // What may stand between a subject and its speech verb: an appositive (", founder of X," or ", Chief Executive,
    // Brackley Hospitals,"), a relative ("who"; "whose mother Edith, 91, has lived there since 2022,": an age inside
    // it is part of it), a dash aside ("Debbie Marsh - no relation to the councillor - whose mother, Joan, 88, has lived
    // there for three years, said"), adverbs. Not a clause with a subject of its own ("Our chief executive, Dr Ruth
    // Kimber, has been brilliant at backing us when we say, “…”": the words are the speaker's). Not "was": "Gwen Attwater, 74, was admitted to hospital" or "was praised" is a passive,
    // the narrator's words about the person.
    [GeneratedRegex(@"^(?:\s+[-–—]\s+[^-–—,.;:“”""]{1,90}?\s+[-–—](?=\s))?(?:\s+(?:who|whose)\s+[^,.;:“”""]{1,90}?(?=,))?(?:\s*,\s*(?:who\s+)?[^,.;:“”""]{0,90}?(?:" + Age + @"(?=\s*,))?){0,2},?\s+(?!" + Addressed + @")(?:(?:also|once again|again|then|later|has|had|have|who|further|went on to|goes on to|\w+ly)\s+){0,3}(?<!\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)\s+)(?:" + SpeechVerbs + @")\b")]
    private static partial Regex SubjectOfSpeechVerb();

    // "…," said Barclay; "according to Kwame Asante, the target is…" (the sentence reports his view).
    [GeneratedRegex(@"\b(?:said|says|added|asked|explained|noted|continued|told|[Aa]ccording to)\s+$")]
    private static partial Regex SpeechVerbBefore();

    [GeneratedRegex(@"\b(?:keynote(?: talk| speech| address)?|talk|speech|address|remarks|interview|presentation|session|evidence)\s+(?:from|by|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TalkFrom();

    [GeneratedRegex(@"^(?:\W*)(?:(?:However|Also|And|But|Then|Later|Finally|Meanwhile)\s*,?\s+)?(?:he|she)\b(?!\s+" + Addressed + @")|\b(?:he|she)\s+(?:(?:also|then|later|further)\s+)?(?:" + SpeechVerbs + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"^\W*(?:The|His|Her)\s+(?:keynote|talk|speech|address|session|presentation|remarks|minister|secretary|speaker)\b")]
    private static partial Regex TalkReference();

    [GeneratedRegex(@"\b(?:At|at)\s+(the\s+)?(?:(?:inaugural|annual|recent|first|second|third|latest)\s+)?((?:\p{Lu}[\w’'\-]*|&)(?:\s+(?:&|(?:and|of|for)\b|\p{Lu}[\w’'\-]*))*)(\s+(?:event|conference|summit|expo|congress|forum|festival|symposium))?")]
    private static partial Regex EventPhrase();

    /// <summary>Attributes every sentence of one document and derives its profile.</summary>
    public static (IReadOnlyList<Sentence> Sentences, DocumentProfile Profile) Attribute(
        string sourceId, string text, IReadOnlyList<TextSpan> spans, int firstSentenceId) =>
        Attribute(new SourceDocument(sourceId, sourceId, text, ""), spans, firstSentenceId, new NameEvidence([text]));

    /// <summary>
    /// Attributes every sentence of one document. Three kinds of document are read differently: transcripts with
    /// speaker labels (Hansard, committee evidence) give each turn to its speaker; a first-person transcript whose
    /// metadata names one speaker gives them its unquoted text; reports attribute quotes and reported speech.
    /// In all three, a quotation attributed to someone else stays theirs.
    /// </summary>
    public static (IReadOnlyList<Sentence> Sentences, DocumentProfile Profile) Attribute(
        SourceDocument document, IReadOnlyList<TextSpan> spans, int firstSentenceId, NameEvidence evidence)
    {
        var text = document.Text;
        var metadata = document.Metadata;
        var people = FindPeople(text, spans, metadata, evidence);
        // A talk's speaker (by its metadata) answers the questions after it ("Question (Rachel Ifill, …):" / "Answer:").
        var talkVoice = TranscriptVoice(text, spans, metadata);
        var found = SpeakerTurns.Find(text, spans, people, evidence, talkVoice);
        // Labelled turns ("Chair:") are reliable on their own; heading lines that name someone only when there are several.
        // Labels that never name anyone ("Q:" before each question of an interview) only mark questions: the document is
        // read as a transcript or report, not as turns.
        // A reader's comment under a post is a turn of its own, even the only one.
        var turns = (found.Any(t => !t.HeaderOnly || t.Comment) || found.Count >= 2) && found.Any(t => t.Speaker is not null) ? found : [];
        var documentVoice = turns.Count == 0 ? talkVoice : null;
        // The talk before its questions is the speaker's own, as a transcript without labels is.
        // So is a post before its readers' comments.
        var talkBeforeTurns = turns.Count > 0 && talkVoice is not null && (QuestionsAfterTalk().IsMatch(text) || turns[0].Comment) ? talkVoice : null;
        var talkPreamble = talkBeforeTurns is null ? 0 : PreambleLength(text, spans);
        var sentences = new List<Sentence>(spans.Count);
        var state = new ReportState(metadata.SoleSpeaker is { } sole ? people.GetValueOrDefault(sole, sole) : null)
        {
            RolesAreOthers = people.Keys.Any(k => k.Length is >= 2 and <= 4 && k.All(char.IsUpper)),
            RoleHolders = RoleHolders(text, people),
        };
        // In a transcript, a single heading that names the speaker ends the page's preamble.
        var voicePreamble = documentVoice is null ? 0 : found.Count == 1 ? found[0].FirstSpan + 1 : PreambleLength(text, spans);
        // In a Q&A, the interviewee speaks only in answers: what comes before the first question is the writer's.
        if (documentVoice is not null && FirstInterviewQuestion(text, spans) is { } firstQuestion) voicePreamble = Math.Max(voicePreamble, firstQuestion);
        var nextTurn = 0;
        string? other = null;
        var otherQuoteOpen = false;
        var otherTurn = -1;
        var interviewerTurn = false;
        var shared = new SharedSurnames(people);
        var attributedAtClose = turns.Count == 0 && documentVoice is null ? QuotationsAttributedAtClose(text, spans, people, shared) : [];
        shared.Forget(people);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var sentenceText = text[span.Start..span.End];
            shared.Note(sentenceText, people);
            var start = span.Start;
            string? speaker;
            AttributionKind kind;
            // The talk before its questions, or a post before its readers' comments, is read as a transcript is.
            var talkBefore = talkBeforeTurns is not null && i < turns[0].FirstSpan;
            var sentenceVoice = documentVoice ?? (talkBefore ? talkBeforeTurns : null);
            if (turns.Count > 0 && !talkBefore)
            {
                // Turns are in document order: advance to the last one that has started.
                while (nextTurn < turns.Count && turns[nextTurn].FirstSpan <= i) nextTurn++;
                var turn = nextTurn > 0 ? turns[nextTurn - 1] : null;
                if (turn is not null && turn.LabelEnd > span.Start)
                {
                    // The label ("Q112 Chair:") is not part of what was said, nor the "1." an oral question's
                    // number splits off as a span of its own.
                    start = turn.LabelEnd;
                    if (start >= span.End) continue;
                    sentenceText = text[start..span.End];
                }
                // Hansard's time stamps ("2.41 pm") between turns are the record's, not the member's words.
                (speaker, kind) = turn is null || turn.IsHeader(i) || turn.Speaker is null || TimeStamp().IsMatch(sentenceText)
                    ? QuotedOther(sentenceText, people, null) ?? (null, AttributionKind.Narration)
                    : QuotedOther(sentenceText, people, turn.Speaker) ?? (turn.Speaker, AttributionKind.Direct);
                // "I want to read out an email from Dr Sunil Varma. He wrote:" and then a paragraph that opens with the
                // quotation: the person the lines before it name, not the turn's speaker.
                if (turn?.Speaker is { } reader && speaker == reader && i > 0 && spans[i - 1].Paragraph != span.Paragraph
                    && StartsWithOpeningQuote(sentenceText) && EndsWithColon(text[spans[i - 1].Start..spans[i - 1].End])
                    && IntroducedBefore(text, spans, i, people, reader) is { } writer)
                    (speaker, kind) = (writer, AttributionKind.Direct);
                // Someone the speaker quotes ("Our chief nurse said: “For the first time … at the same moment. That is
                // what makes a patient safer.”") keeps the floor until the quotation closes, within the turn. So does
                // someone the document's own text quotes outside anyone's turn (a case study after a signed foreword).
                var holder = turn?.Speaker;
                if (nextTurn == otherTurn && otherQuoteOpen && other is not null && speaker == holder)
                    (speaker, kind) = (other, AttributionKind.Direct);
                (other, otherQuoteOpen, otherTurn) = speaker is not null && speaker != holder
                    ? (speaker, QuoteOpenAfter(sentenceText, otherQuoteOpen && nextTurn == otherTurn), nextTurn)
                    : (null, false, -1);
            }
            else if (sentenceVoice is not null)
            {
                var voice = sentenceVoice;
                var preamble = talkBefore ? talkPreamble : voicePreamble;
                var newParagraph = span.Paragraph != (i > 0 ? spans[i - 1].Paragraph : -1);
                if (newParagraph) interviewerTurn = IsInterviewQuestion(text, span);
                // "A: No. We will not…": the answer's label is not part of what was said.
                if (newParagraph && !interviewerTurn && InterviewAnswer().Match(sentenceText) is { Success: true } answerLabel && answerLabel.Length < sentenceText.Length)
                {
                    start += answerLabel.Length;
                    sentenceText = text[start..span.End];
                }
                // The interviewer's question is the publication's words, though it quotes someone ("The minister, Priya
                // Lindqvist, has promised a framework “by the summer”. Will it help?"): not that person's, nor the voice's.
                if (interviewerTurn)
                    (speaker, kind) = (null, AttributionKind.Narration);
                else if (i < preamble || !TextSplitter.IsProse(sentenceText))
                    (speaker, kind) = QuotedOther(sentenceText, people, null) ?? (null, AttributionKind.Narration);
                // A quotation runs on while it is open, and into a paragraph that opens with a quote mark again: a letter
                // or a long quotation is printed with a quote mark at each paragraph's start and one at its end only.
                else if (otherQuoteOpen && (!newParagraph || StartsWithOpeningQuote(sentenceText)))
                    (speaker, kind) = other is null ? (null, AttributionKind.Narration) : (other, AttributionKind.Direct);
                // "… a letter from a gentleman called Alan Pritchard. He wrote:" and then a paragraph that opens with the
                // quotation: the person the lines before it name, or nobody in particular, never the voice; though the
                // quotation names someone, even the voice ("Dear Mr Fairweather, …").
                else if (newParagraph && i > 0 && StartsWithOpeningQuote(sentenceText) && EndsWithColon(text[spans[i - 1].Start..spans[i - 1].End]))
                    (speaker, kind) = IntroducedBefore(text, spans, i, people, voice) is { } introducer
                        ? (introducer, AttributionKind.Direct) : (null, AttributionKind.Narration);
                // "“The honest answer is …,” Martin told the board. “We had never once rehearsed …”": a quotation
                // right after theirs, in the same paragraph, is still theirs.
                else if (!newParagraph && other is not null && sentences.Count > 0 && sentences[^1].Speaker == other && StartsWithOpeningQuote(sentenceText))
                    (speaker, kind) = (other, AttributionKind.Direct);
                // The same after a quotation of someone not named ("“…,” she told me. “The patient was in front of me.”"):
                // still theirs, so nobody's, never the voice's.
                else if (!newParagraph && other is null && sentences.Count > 0 && sentences[^1].Speaker is null && StartsWithOpeningQuote(sentenceText)
                         && text[sentences[^1].Start..sentences[^1].End] is var previousText && HasQuote(previousText) && TextSplitter.IsProse(previousText))
                    (speaker, kind) = (null, AttributionKind.Narration);
                else if (NamesInThirdPerson(sentenceText, voice, people))
                    (speaker, kind) = QuotedOther(sentenceText, people, null) ?? (null, AttributionKind.Narration);
                else if (OtherSpeaking(sentenceText, people, voice) is { } reported)
                    (speaker, kind) = reported;
                // "Our chief executive, Angela Fairbrother, put it very simply: “…”": a quotation a colon introduces
                // after a full name is that person's, though the documents never have them speak elsewhere.
                else if (!FirstPersonSubject().IsMatch(sentenceText) && NamedBeforeColonQuote(sentenceText, people, voice) is { } introduced)
                    (speaker, kind) = (introduced, AttributionKind.Direct);
                else if (other is not null && PronounSpeaker().IsMatch(sentenceText) && !FirstPerson().IsMatch(sentenceText))
                    (speaker, kind) = (other, AttributionKind.Reported);
                // "Sister Aisling Doherty … put it better. She told me: "…"": a quotation a pronoun introduces is the
                // person the sentences before it named.
                // "… I asked the registered manager, Colette Barnes, … She told me: "…"": the full name is theirs though
                // the documents never have them speak elsewhere; with no name to give, the words are nobody's, since
                // "she" is never the speaker of a first-person speech.
                // So is "“I spent the first hour of my shift looking for a letter,” she told me.": the "I" is inside the
                // quotation; the sentence's own subject, outside it, is "she".
                else if (i > 0 && HasQuote(sentenceText) && PronounSpeaker().IsMatch(sentenceText) && !FirstPersonSubject().IsMatch(OutsideQuotation().Replace(sentenceText, "")))
                    (speaker, kind) = IntroducedBefore(text, spans, i, people, voice) is { } mentioned
                        ? (mentioned, AttributionKind.Direct) : (null, AttributionKind.Narration);
                else
                    (speaker, kind) = (voice, AttributionKind.Direct);
                // Someone the speaker quotes keeps the floor while their quotation is open, and for "he added that…";
                // so does someone quoted but not named ("She told me: “I used to finish my notes at nine. Now I …”").
                if (speaker is not null && speaker != voice)
                {
                    other = speaker;
                    otherQuoteOpen = QuoteOpenAfter(sentenceText, otherQuoteOpen && !newParagraph);
                }
                else if (speaker is null && i >= preamble && TextSplitter.IsProse(sentenceText) && HasQuote(sentenceText))
                {
                    other = null;
                    otherQuoteOpen = QuoteOpenAfter(sentenceText, otherQuoteOpen && !newParagraph);
                }
                else if (speaker == voice) { other = null; otherQuoteOpen = false; }
            }
            else
            {
                (speaker, kind) = state.Next(sentenceText, span.Paragraph, people);
                // "“The question is not X. It is Y,” said Professor Kerrigan.": the whole quotation is his, its first
                // sentence too, though it opens a paragraph after someone else's words.
                if (attributedAtClose.TryGetValue(i, out var closer)) (speaker, kind) = (closer, AttributionKind.Direct);
            }
            sentences.Add(new Sentence(firstSentenceId + sentences.Count, document.SourceId, start, span.End, span.Paragraph, speaker, kind));
        }
        // A record of labelled turns (a debate, a panel) is a transcript of its event, whatever its metadata's type says.
        return (sentences, BuildProfile(document.SourceId, text, sentences, metadata) with { LabelledTurns = turns.Any(t => !t.HeaderOnly) });
    }

    /// <summary>
    /// The sentences of quotations that open a paragraph and run over several sentences before closing with their
    /// attribution ("“…. …,” said X."): each sentence before the closing one, by span index, with the person named.
    /// </summary>
    private static Dictionary<int, string> QuotationsAttributedAtClose(string text, IReadOnlyList<TextSpan> spans, Dictionary<string, string> people, SharedSurnames shared)
    {
        var result = new Dictionary<int, string>();
        for (var i = 0; i < spans.Count; i++)
        {
            var first = text[spans[i].Start..spans[i].End];
            shared.Note(first, people);
            if ((i > 0 && spans[i - 1].Paragraph == spans[i].Paragraph) || !StartsWithOpeningQuote(first) || !QuoteOpenAfter(first, false)
                || ClosesWithAttribution(first, people)) continue;
            var open = true;
            var j = i + 1;
            for (; j < spans.Count && spans[j].Paragraph == spans[i].Paragraph && open; j++)
                open = QuoteOpenAfter(text[spans[j].Start..spans[j].End], true);
            var closing = j - 1;
            if (open || closing == i || FindSpeaker(text[spans[closing].Start..spans[closing].End], people) is not { } person) continue;
            for (var k = i; k < closing; k++) result[k] = person;
        }
        return result;
    }

    /// <summary>
    /// Surnames two of a document's people share ("Dr Tobias Wren", "Lorna Wren"). Alone, such a surname is the one of
    /// them the document has named in full so far, as a reader takes "Wren said" before the second Wren appears; once
    /// both have been named it could be either, and is neither's.
    /// </summary>
    private sealed class SharedSurnames(Dictionary<string, string> people)
    {
        private readonly Dictionary<string, List<string>> _fullNames = people.Values.Distinct()
            .Where(n => StripHonorific(n).Contains(' '))
            .GroupBy(Surname, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && !people.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        private readonly Dictionary<string, HashSet<string>> _named = new(StringComparer.Ordinal);

        // The pronoun the document uses of each person where it names them in full ("Angela Fairweather … said … her
        // emergency department"; "Stephen Fairweather, who runs three care homes, said he…").
        private readonly Dictionary<string, char> _pronoun = new(StringComparer.Ordinal);

        /// <summary>Takes note of the full names a sentence gives, and makes each shared surname stand for whom it can.</summary>
        public void Note(string sentence, Dictionary<string, string> aliases)
        {
            foreach (var (surname, names) in _fullNames)
            {
                foreach (var name in names)
                {
                    var at = sentence.IndexOf(StripHonorific(name), StringComparison.Ordinal);
                    if (at < 0) continue;
                    if (!_named.TryGetValue(surname, out var seen)) _named[surname] = seen = new HashSet<string>(StringComparer.Ordinal);
                    seen.Add(name);
                    if (PronounAfter(sentence, at) is { } pronoun) _pronoun.TryAdd(name, pronoun);
                }
                if (!_named.TryGetValue(surname, out var named)) continue;
                aliases.Remove(surname);
                if (named.Count == 1) aliases[surname] = named.First();
                // Both named: "Fairweather said she hoped…" is the one of them the document calls "she", when it has
                // called each of them something and only one "she".
                else if (named.All(_pronoun.ContainsKey) && SurnameWithPronoun(sentence, surname) is { } asked
                         && named.Where(n => _pronoun.GetValueOrDefault(n) == asked).ToList() is [var only])
                    aliases[surname] = only;
            }
        }

        /// <summary>Back to the start of the document: nobody named yet, the shared surnames nobody's.</summary>
        public void Forget(Dictionary<string, string> aliases)
        {
            _named.Clear();
            _pronoun.Clear();
            foreach (var surname in _fullNames.Keys) aliases.Remove(surname);
        }

        /// <summary>'f' or 'm' for the first third-person pronoun after a position in the sentence, if any.</summary>
        private static char? PronounAfter(string sentence, int from) =>
            ThirdPersonPronoun().Match(sentence, from) is { Success: true } m ? (m.Value is "she" or "her" or "hers" or "herself" ? 'f' : 'm') : null;

        /// <summary>The pronoun right after the surname alone as the subject of a speech verb ("Fairweather said she…").</summary>
        private static char? SurnameWithPronoun(string sentence, string surname)
        {
            // The surname as a word of its own (a full name in the sentence resolves before the surname alone is looked up).
            var at = sentence.IndexOf(surname, StringComparison.Ordinal);
            while (at >= 0 && ((at > 0 && char.IsLetter(sentence[at - 1])) || (at + surname.Length < sentence.Length && char.IsLetter(sentence[at + surname.Length]))))
                at = sentence.IndexOf(surname, at + 1, StringComparison.Ordinal);
            return at < 0 ? null : PronounAfter(sentence, at + surname.Length);
        }
    }

    [GeneratedRegex(@"\b(?:she|her|hers|herself|he|him|his|himself)\b")]
    private static partial Regex ThirdPersonPronoun();

    /// <summary>
    /// In a transcript, another named person as the subject of a speech verb ("As Professor Bedi told me, '…'",
    /// "Ruth Calloway said that…"): the quotation or report is theirs, not the transcript speaker's.
    /// </summary>
    private static (string? Speaker, AttributionKind Kind)? OtherSpeaking(string sentence, Dictionary<string, string> people, string voice)
    {
        var named = FindSpeaker(sentence, people);
        if (named is null || named == voice) return null;
        if (HasQuote(sentence)) return (named, AttributionKind.Direct);
        // Reported only with its content ("X said that…"): "X wrote to me" is still the speaker's own sentence.
        return ReportedThat().IsMatch(sentence) ? (named, AttributionKind.Reported) : null;
    }

    // A byline on a line of its own near the top: "By Tom Haldane, 9 April 2025", "Interview by Tom Haldane".
    [GeneratedRegex(@"^\W*(?:Interview\s+by|Interviewed\s+by|Words\s+by|By)\s+(?<name>\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){1,3})\b", RegexOptions.Multiline)]
    private static partial Regex Byline();

    // A time stamp on a line of its own, as Hansard prints between turns ("2.41 pm").
    [GeneratedRegex(@"^\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();

    /// <summary>
    /// Whether "at X" names an occasion: not an employer ("chief digital officer at NHS Tamsworth…") and not an
    /// abbreviation before a common noun ("the telephone at GP surgeries").
    /// </summary>
    private static bool IsEvent(string text, Match phrase)
    {
        if (AfterRole(text, phrase)) return false;
        var name = phrase.Groups[2].Value;
        // "at Southmoor's hospitals": a place's possessive, not an event's name.
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) return false;
        return phrase.Groups[3].Success || name.Contains(' ') || !name.All(c => char.IsUpper(c) || !char.IsLetter(c));
    }

    /// <summary>
    /// Whether "at X" follows a role, a verb of working or the people of a place ("chief digital officer at…", "national
    /// director for data platforms at…", "works at…", "staff at St Aldric's Hospital…"): X is where someone works or is cared for.
    /// </summary>
    private static bool AfterRole(string text, Match phrase) => Employer().IsMatch(text[Math.Max(0, phrase.Index - 60)..phrase.Index]);

    [GeneratedRegex(@"\b(?:officer|director|executive|manager|lead|head|chair|consultant|nurse|nurses|partner|works|worked|working|based|employed|staff|team|teams|colleagues|clinicians|doctors|workers|employees|patients|residents)(?:\s+(?:of|for)\s+[\p{L}&’'\-]+(?:\s+(?:and\s+)?[\p{L}&’'\-]+){0,3})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Employer();

    private static bool EndsWithColon(string sentence) => sentence.TrimEnd().EndsWith(':');

    /// <summary>
    /// Who a quotation a pronoun introduces is ("She said: “…”", or "She said:" and the quotation set out after it):
    /// the last person other than the voice named in the sentence before it or the two before that, in the same
    /// paragraph or the one before ("I met Grace Nwankwo, a lead pharmacist there. She told me something… She said: “…”"); null when
    /// none is (a "she" the speech never names).
    /// </summary>
    private static string? IntroducedBefore(string text, IReadOnlyList<TextSpan> spans, int quote, Dictionary<string, string> people, string voice)
    {
        // The paragraph before counts too when this one points back to someone by pronoun before the introduction:
        // "…following staff nurse Bethany Orchard." ends one paragraph, and "I asked her what had changed. She thought
        // about it and then told me:" opens the next. Not "I asked a resident's daughter the same question. She told
        // me: …", someone new and unnamed.
        var paragraph = spans[quote - 1].Paragraph;
        var pointsBack = Enumerable.Range(0, quote - 1).Reverse().TakeWhile(k => spans[k].Paragraph == paragraph)
            .Any(k => ThirdPersonPronoun().IsMatch(text[spans[k].Start..spans[k].End]));
        var earliest = pointsBack ? paragraph - 1 : paragraph;
        for (var k = quote - 1; k >= Math.Max(0, quote - 3) && spans[k].Paragraph >= earliest; k--)
            // "… the practice manager at Holloway Lane Surgery": a name after "at", "in" or "of" is a place or a body.
            if (MentionedOther(text[spans[k].Start..spans[k].End], people, voice, skipPlaces: true) is { } person) return person;
        return null;
    }

    [GeneratedRegex(@"\b(?:at|in|of|from|for|on|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();

    /// <summary>The person named before the colon that opens a sentence's quotation ("X put it simply: “…”"), not the voice.</summary>
    private static string? NamedBeforeColonQuote(string sentence, Dictionary<string, string> people, string voice)
    {
        var quote = ColonQuote().Match(sentence);
        return quote.Success ? MentionedOther(sentence[..quote.Index], people, voice) : null;
    }

    [GeneratedRegex(@":\s*[“""‘]")]
    private static partial Regex ColonQuote();

    // "Answer:" opening a line: the questions after a talk, answered by its speaker.
    [GeneratedRegex(@"^\s*(?:\*\*|__)?Answer\s*:", RegexOptions.Multiline)]
    private static partial Regex QuestionsAfterTalk();

    // A sentence's first words, up to four, before any lower-case word: where its subject's name stands.
    [GeneratedRegex(@"^\W*(?:\p{Lu}[\p{L}’'\-]*\.?\s+){0,3}\p{Lu}[\p{L}’'\-]*")]
    private static partial Regex OpeningWords();

    /// <summary>The last person other than the transcript's speaker a sentence names.</summary>
    private static string? MentionedOther(string sentence, Dictionary<string, string> people, string voice, bool skipPlaces = false) =>
        // "an email from Dr Sunil Varma": a title says it is a person, whatever the word before.
        CandidateName().Matches(sentence).Where(m => !skipPlaces || IsHonorific(m.Value.Split(' ')[0].TrimEnd('.')) || !PlaceBefore().IsMatch(sentence[..m.Index]))
            .Select(m => Resolve(m.Value, people) ?? FullName(m.Value)).LastOrDefault(p => p is not null && p != voice);

    /// <summary>A name of two or more words that reads as a person's ("Colette Barnes"; not "Fernlea House").</summary>
    private static string? FullName(string candidate) => CleanName(candidate) is { } name && name.Contains(' ') ? name : null;

    [GeneratedRegex(@"“[^“”]*(?:”|$)|""[^""]*(?:""|$)")]
    private static partial Regex OutsideQuotation();

    // "She told me I was wrong" has the speaker ("me") in it, but "she" is still the one talking; "I told her" is the voice.
    [GeneratedRegex(@"^\W*(?:I|We)\b")]
    private static partial Regex FirstPersonSubject();

    private static int? FirstInterviewQuestion(string text, IReadOnlyList<TextSpan> spans) =>
        InterviewQuestions(text, spans).Select(i => (int?)i).FirstOrDefault();

    /// <summary>The spans, by index, that open an interviewer's turn, in order.</summary>
    private static IEnumerable<int> InterviewQuestions(string text, IReadOnlyList<TextSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
            if ((i == 0 || spans[i - 1].Paragraph != spans[i].Paragraph) && IsInterviewQuestion(text, spans[i]))
                yield return i;
    }

    [GeneratedRegex(@"\b(?:said|says|told\s+\w+|tells\s+\w+|argued|argues|warned|warns|explained|added|believes|believed|thinks|thought|insisted|noted|suggested|went on to say)\s+that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedThat();

    [GeneratedRegex(@"^\s*(?:\*\*)?A(?:nswer)?\s*:\s*(?:\*\*)?\s*")]
    private static partial Regex InterviewAnswer();

    // "Q:", "**Q:**", "Question:", "Interviewer:" open an interviewer's turn in a Q&A.
    [GeneratedRegex(@"^\W*(?:Q|Question|Interviewer)\b\W*[:.]", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewQuestion();

    /// <summary>An interviewer's turn: "Q: …", "Interviewer: …", or a question set in bold on a line of its own ("**Why now?**").</summary>
    private static bool IsInterviewQuestion(string text, TextSpan span)
    {
        var lineStart = SpeakerTurns.LineStart(text, span.Start);
        if (InterviewQuestion().IsMatch(text[lineStart..span.End])) return true;
        var lineEnd = text.IndexOf('\n', span.Start);
        return BoldQuestionLine().IsMatch(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]);
    }

    [GeneratedRegex(@"^\s*(?:\*\*|__)[^*_\n]+\?\s*(?:\*\*|__)\s*$")]
    private static partial Regex BoldQuestionLine();

    /// <summary>
    /// A Q&amp;A interview with no speaker in its metadata: the one who answers is the person its introduction (before
    /// the first question) names first, other than its writer ("By Lucy Marchetti … Tomasz Reid has been chief
    /// information security officer at …"). Null unless it asks at least two questions.
    /// </summary>
    private static string? Interviewee(string text, IReadOnlyList<TextSpan> spans, string? writer)
    {
        var questions = InterviewQuestions(text, spans).Take(2).ToList();
        if (questions.Count < 2) return null;
        return spans.Take(questions[0]).Where(s => TextSplitter.IsProse(text[s.Start..s.End]))
            .SelectMany(s => CandidateName().Matches(text[s.Start..s.End]).Select(m => FullName(m.Value)))
            .FirstOrDefault(n => n is not null && (writer is null || !n.Equals(writer, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A quotation in the sentence attributed to a named person other than <paramref name="voice"/>.</summary>
    private static (string? Speaker, AttributionKind Kind)? QuotedOther(string sentence, Dictionary<string, string> people, string? voice)
    {
        if (!HasQuote(sentence)) return null;
        var named = FindSpeaker(sentence, people);
        return named is not null && named != voice ? (named, AttributionKind.Direct) : null;
    }

    /// <summary>Whether a document's metadata says it is a first-person transcript (a speech, evidence), not a report about one.</summary>
    public static bool IsTranscriptType(DocumentMetadata metadata) =>
        metadata.Type is { } type && TranscriptType().IsMatch(type) && !ReportType().IsMatch(type);

    /// <summary>
    /// The speaker of a first-person transcript: the one person its metadata names, unless its type says it is a
    /// report about them (press reports quote, they do not speak in the first person).
    /// </summary>
    private static string? TranscriptVoice(string text, IReadOnlyList<TextSpan> spans, DocumentMetadata metadata)
    {
        // An interview's metadata may list its writer too ("By Tom Haldane"): the one who speaks is the other.
        var writer = Byline().Match(text, 0, Math.Min(text.Length, 2000)) is { Success: true } by ? by.Groups["name"].Value : null;
        var speakers = metadata.Speakers.Where(s => writer is null || !s.Equals(writer, StringComparison.OrdinalIgnoreCase)).ToList();
        if (metadata.Speakers.Count == 0)
            // A blog post in its author's first person is the author's words; a news report's author only narrates.
            return Interviewee(text, spans, writer)
                   ?? (metadata.Authors is [var author] && !(metadata.Type is { } kind && NewsType().IsMatch(kind)) && MostlyFirstPerson(text, spans) ? author : null);
        if (speakers.Count != 1) return null;
        var speaker = speakers[0];
        if (metadata.Type is { } type)
        {
            if (ReportType().IsMatch(type)) return null;
            if (TranscriptType().IsMatch(type)) return speaker;
        }
        // No type: a transcript is mostly unquoted first-person prose.
        return MostlyFirstPerson(text, spans) ? speaker : null;
    }

    private static bool MostlyFirstPerson(string text, IReadOnlyList<TextSpan> spans)
    {
        var prose = spans.Select(s => text[s.Start..s.End]).Where(TextSplitter.IsProse).ToList();
        return prose.Count > 0 && prose.Count(s => !HasQuote(s) && FirstPerson().IsMatch(s)) >= 0.3 * prose.Count;
    }

    /// <summary>Sentences before the first one in the first person: the page's title, the speaker's name, a standfirst.</summary>
    private static int PreambleLength(string text, IReadOnlyList<TextSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var sentence = text[spans[i].Start..spans[i].End];
            if (!TextSplitter.IsProse(sentence) || !FirstPerson().IsMatch(sentence)) continue;
            // The speech starts with the paragraph of its first sentence in the first person ("Good morning. … I …"),
            // or earlier, with the paragraph that greets or thanks the audience ("Thank you, and good morning. It is a
            // real pleasure to be back in …").
            while (i > 0 && spans[i - 1].Paragraph == spans[i].Paragraph) i--;
            for (var k = 0; k < i; k++)
                if ((k == 0 || spans[k - 1].Paragraph != spans[k].Paragraph) && Greeting().IsMatch(text[spans[k].Start..spans[k].End])) { i = k; break; }
            return i <= spans.Count / 2 ? i : 0;
        }
        return 0;
    }

    [GeneratedRegex(@"^\W*(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|ladies and gentlemen|(?:it is|it’s|it's|what) a (?:real |great )?(?:pleasure|privilege|honour))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    /// <summary>A sentence that speaks of the transcript's speaker in the third person is the page's narration.</summary>
    private static bool NamesInThirdPerson(string sentence, string voice, Dictionary<string, string> people)
    {
        foreach (Match m in CandidateName().Matches(sentence))
            if (Resolve(m.Value, people) == voice) return true;
        return false;
    }

    /// <summary>Attribution of a report, sentence by sentence: who is speaking carries over quotes, pronouns and "he said:".</summary>
    private sealed class ReportState(string? subject)
    {
        /// <summary>
        /// Minutes, which name people by initials: "The Chair noted…" is the meeting's chair, another person than the
        /// one last named, not the report's one subject.
        /// </summary>
        public bool RolesAreOthers { get; init; }

        /// <summary>Who holds each post the document's list of those present gives ("Chief Finance Officer" → Stephen Rudd).</summary>
        public IReadOnlyDictionary<string, string> RoleHolders { get; init; } = new Dictionary<string, string>();

        private string? _current;
        private bool _quoteOpen;
        private int _lastParagraph = -1;
        private AttributionKind _lastKind = AttributionKind.Narration;
        private int _introducedParagraph = -1;
        private string? _mentioned;

        public (string? Speaker, AttributionKind Kind) Next(string sentence, int paragraph, Dictionary<string, string> people)
        {
            var newParagraph = paragraph != _lastParagraph;
            _lastParagraph = paragraph;
            // A quotation continues the last speaker's words: across a paragraph break, or a new quote straight after
            // their quoted sentence ("…," Streeting said. "By the end of …").
            var opensUnattributedQuote = StartsWithOpeningQuote(sentence) && !ClosesWithAttribution(sentence, people);
            // In the same paragraph, a quotation straight after a sentence about the speaker is theirs too ("Lorraine
            // Betts … welcomed the plans. "Women tell us …"), though its "she said" comes a sentence later.
            var continuesQuote = _current is not null && (newParagraph
                ? opensUnattributedQuote
                : _quoteOpen || (_lastKind != AttributionKind.Narration && opensUnattributedQuote));
            // "He said:" at the end of a paragraph introduces the next paragraph, often printed without quote marks.
            var introduced = _current is not null && paragraph == _introducedParagraph;
            var named = FindSpeaker(sentence, people) ?? RoleHolder(sentence, RoleHolders);
            // "BA made the following comment, which she asked to be recorded: “I support…”": the person the sentence
            // opens with, the only one named before the colon, opens the quotation, whatever the verb.
            if (named is null && ColonQuote().Match(sentence) is { Success: true } colon && PeopleNamed(sentence[..colon.Index], people) is [var only]
                && PeopleNamed(OpeningWords().Match(sentence).Value, people) is [var opener] && opener == only)
                named = only;
            string? speaker;
            AttributionKind kind;
            if (named is not null)
            {
                speaker = named;
                kind = MostlyQuoted(sentence) ? AttributionKind.Direct : AttributionKind.Reported;
            }
            else if (continuesQuote || introduced)
            {
                speaker = _current;
                kind = AttributionKind.Direct;
            }
            else if ((_current ?? subject) is { } known && (PronounSpeaker().IsMatch(sentence) || TalkReference().IsMatch(sentence) || (!RolesAreOthers && RoleSpeaker().IsMatch(sentence))))
            {
                speaker = known;
                kind = MostlyQuoted(sentence) ? AttributionKind.Direct : AttributionKind.Reported;
            }
            // "Derek Ambrose, 71, has heart failure. … 'At first I thought it was a gimmick,' he said.": a quotation
            // "he said" closes is the person the narration last named, when it named one alone.
            else if (_current is null && subject is null && _mentioned is { } mentioned && MostlyQuoted(sentence) && PronounSaid().IsMatch(sentence))
            {
                speaker = mentioned;
                kind = AttributionKind.Direct;
            }
            else
            {
                speaker = null;
                kind = AttributionKind.Narration;
                // Narration that names someone else moves the conversation away from the last speaker; one person
                // it names alone is who a "he said" closing a later quotation means.
                var mentions = PeopleNamed(sentence, people);
                if (mentions.Any(p => p != _current)) _current = null;
                if (mentions.Count == 1) _mentioned = mentions[0];
                // "Ms Marsh said…" when two people are called Marsh, or "the council said": someone speaks whom the
                // sentence does not identify as a person, so a quotation after it is not the last speaker's.
                if (UnidentifiedSpeaker(sentence, people)) (_current, _mentioned) = (null, null);
            }
            if (speaker is not null) _current = speaker;
            if (speaker is not null && IntroducesQuote().IsMatch(sentence)) _introducedParagraph = paragraph + 1;
            else if (!introduced) _introducedParagraph = -1;
            // The state before this sentence is what the last one left open: a sentence that continues a speaker by
            // opening a new quotation starts closed, or its straight quote mark (") would be read as closing.
            _quoteOpen = QuoteOpenAfter(sentence, _quoteOpen && !newParagraph);
            _lastKind = kind;
            return (speaker, kind);
        }
    }

    // The kinds of document written by a journalist or press office about others, as opposed to a blog in its author's voice.
    private const string NewsKinds = "report|press|news|article|release|coverage|write-?up";

    [GeneratedRegex(@"\b(?:" + NewsKinds + @"|blog|feature)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportType();

    [GeneratedRegex(@"\b(?:" + NewsKinds + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsType();

    [GeneratedRegex(@"\b(?:speech|transcript|address|lecture|remarks|statement|evidence|debate|hansard|interview|keynote|oral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptType();

    [GeneratedRegex(@"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|we|we’re|we're|we’ve|we've|our|us)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex FirstPerson();

    // "The health secretary said", "the minister added": a role as the subject of a speech verb, in a report about one person.
    [GeneratedRegex(@"^\W*(?:The\s+)?(?:[\p{L}&]+\s+){0,6}?(?:secretary|minister|chancellor|chair|chairman|chief executive|mp)\s+(?:also\s+|then\s+|later\s+)?(?:" + SpeechVerbs + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSpeaker();

    [GeneratedRegex(@"\b(?:" + SpeechVerbs + @")\s*(?:that\s*)?:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducesQuote();

    /// <summary>
    /// The people a document names as speakers, by every alias (full name, name without honorific, surname). A name
    /// counts when the metadata gives it, when it is the subject of a speech verb, or when it carries an honorific;
    /// a one-word name must be written like a name throughout the corpus and not open a sentence.
    /// </summary>
    private static Dictionary<string, string> FindPeople(string text, IReadOnlyList<TextSpan> spans, DocumentMetadata metadata, NameEvidence evidence)
    {
        var canonical = new List<string>();
        var unconfirmed = new List<string>();
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var speaker in metadata.Speakers.Concat(metadata.Authors).Concat(SpeakerTurns.CapitalLabelNames(text)).Concat(SpeakerTurns.LabelNames(text, evidence)))
            if (CleanName(speaker) is { } name)
            {
                canonical.Add(name);
                NoteTitle(titles, speaker, name);
            }
        foreach (var span in spans)
        {
            var sentence = text[span.Start..span.End];
            foreach (Match m in CandidateName().Matches(sentence))
            {
                var name = CleanName(m.Value);
                if (name is null || !IsPersonLike(sentence, m, name, evidence)) continue;
                NoteTitle(titles, m.Value, name);
                // A title or a post before the name ("Dr", "Health Secretary"), not a word like "In" that CleanName
                // drops too: "In Hollinbrook, the community trust tells me…" is a place.
                var mentionWords = m.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var titleAt = Array.FindIndex(mentionWords, w => IsHonorific(w.TrimEnd('.')));
                var hasTitle = (titleAt >= 0 && titleAt < mentionWords.Length - 1)
                               || (name != m.Value.Trim() && !FunctionWords.Contains(mentionWords[0]));
                var nameWords = StripHonorific(name).Split(' ');
                var words = nameWords.Length;
                // Every word written like a name across the corpus: "Derek Ambrose", not "Before Rollo" or "Earlier Viking".
                var fullName = words >= 2 && nameWords.All(evidence.IsNameLike);
                // "Derek Ambrose, 71, from Pelham Cross, has heart failure": a name with an age is a person's.
                // "- Joanna Kerr, Chief Digital Officer" in a list of those present, or "| Ravi Sandhu | Chief Financial Officer |": a person with a post.
                // "Stephen Rudd" on its line and "Chief Finance Officer" on the next: a table's row as Word and PDF files read.
                var listed = fullName && ListMarker().IsMatch(sentence[..m.Index])
                             && (ListedPost().IsMatch(sentence[(m.Index + m.Length)..])
                                 || (sentence[(m.Index + m.Length)..].Trim().Length == 0 && IsPostLine(SpeakerTurns.NextTextLine(text, span.End) ?? "")));
                if (IsSpeakerMention(sentence, m) || hasTitle || listed || (fullName && AgeAfter().IsMatch(sentence[(m.Index + m.Length)..])))
                    canonical.Add(hasTitle && words == 1 && !KeptHonorifics.Any(h => name.StartsWith(h + " ", StringComparison.Ordinal)) ? Titled(string.Join(' ', mentionWords[Math.Max(titleAt, 0)..])) : name);
                else if (fullName) unconfirmed.Add(name);
            }
        }
        // A full name the document later gives a title ("Derek Ambrose" … "Mr Ambrose said") is that person, named
        // before they speak: the quotation after "he said" in between is theirs.
        // So is one whose surname alone is later the subject of a speech verb ("a speech by health minister Helena
        // Marchbank" … "Marchbank also announced a £46m fund").
        var confirmedSurnames = canonical.Where(n => !StripHonorific(n).Contains(' ')).Select(StripHonorific).ToHashSet(StringComparer.Ordinal);
        // So is one whose surname alone labels turns ("MARCHWOOD: No, I don't accept that." in a radio transcript that
        // names "Eleanor Marchwood" once, in passing): the label says they speak, as "Marchwood said" would.
        confirmedSurnames.UnionWith(SpeakerTurns.OneWordLabels(text));
        canonical.AddRange(unconfirmed.Where(n => confirmedSurnames.Contains(n.Split(' ')[^1])));
        var aliases = Aliases(canonical, evidence, titles);
        AddInitials(aliases, text);
        return aliases;
    }

    /// <summary>Records the title a full name is written with ("Dr Helen Farrant"): it tells two Farrants apart later.</summary>
    private static void NoteTitle(Dictionary<string, HashSet<string>> titles, string mention, string name)
    {
        var bare = StripHonorific(name);
        if (!bare.Contains(' ')) return;
        var honorific = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.')).FirstOrDefault(IsHonorific);
        if (honorific is null) return;
        if (!titles.TryGetValue(bare, out var set)) titles[bare] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(honorific);
    }

    /// <summary>
    /// Which of the people sharing a surname a titled surname means: "Dr Farrant" is the one Farrant written as a doctor;
    /// "Mr Farrant" the one Farrant never written with a professional or peer's title, when the others were.
    /// </summary>
    private static string? TitledMember(string titledName, IEnumerable<string> sameSurname, IReadOnlyDictionary<string, HashSet<string>> titles)
    {
        var honorific = titledName.Split(' ')[0];
        var members = sameSurname.Select(StripHonorific).Distinct().ToList();
        HashSet<string> TitlesOf(string member) => titles.TryGetValue(member, out var set) ? set : [];
        var written = members.Where(m => TitlesOf(m).Contains(honorific)).ToList();
        if (written.Count == 1) return written[0];
        if (written.Count > 1 || !PlainTitles.Contains(honorific)) return null;
        var plain = members.Where(m => !TitlesOf(m).Any(t => !PlainTitles.Contains(t))).ToList();
        return plain.Count == 1 ? plain[0] : null;
    }

    // Titles anyone may have; the others (Dr, Professor, Lord, Sir…) set a person apart from those without them.
    private static readonly HashSet<string> PlainTitles = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Cllr" };

    /// <summary>
    /// The holders of the posts a list of those present gives: "- Stephen Rudd, Chief Finance Officer", a table row
    /// "| Stephen Rudd | Chief Finance Officer |", or as a Word table reads, the name on one line and the post on the
    /// next. Minutes then say "The Chief Finance Officer said…". A post two people hold is neither's; a post with its
    /// bracket ("Non-Executive Member (Quality)") is also known without it when only one holds it.
    /// </summary>
    private static Dictionary<string, string> RoleHolders(string text, Dictionary<string, string> people)
    {
        var holders = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string post, string person)
        {
            post = post.Trim().TrimEnd('.', ';', ',').Trim();
            if (post.Length == 0 || post.Length > 80 || !PostWord().IsMatch(post)) return;
            foreach (var key in new[] { post, BracketAfterPost().Replace(post, "").Trim() }.Distinct())
            {
                if (!holders.TryGetValue(key, out var set)) holders[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(person);
            }
        }
        var lines = text.Split('\n').Select(l => l.Trim().Trim('|', '*', '_').Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (ListedNameAndPost().Match(lines[i]) is { Success: true } row && ListedPerson(row.Groups["name"].Value, people) is { } listed)
                Add(row.Groups["post"].Value, listed);
            // The name alone on its line and the post alone on the next: a table's row as a Word or PDF file reads.
            else if (i + 1 < lines.Count && ListedPerson(ListBullet().Replace(lines[i], ""), people) is { } named && IsPostLine(lines[i + 1])
                     && ListedPerson(lines[i + 1], people) is null)
                Add(lines[i + 1], named);
        }
        return holders.Where(h => h.Value.Count == 1).ToDictionary(h => h.Key, h => h.Value.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A line that is only a post ("Chief Finance Officer", "Non-Executive Member (Quality)"), not a sentence.</summary>
    private static bool IsPostLine(string line) =>
        line.Length is > 0 and <= 80 && line.Split(' ').Length <= 10 && !line.Contains(". ") && PostWord().IsMatch(line);

    /// <summary>The person a whole list entry names ("Dr Priya Nandra"), by their full name.</summary>
    private static string? ListedPerson(string entry, Dictionary<string, string> people)
    {
        var name = HonorificPrefix().Replace(entry.Trim(), "");
        return name.Contains(' ') && people.TryGetValue(name, out var person) ? person : null;
    }

    /// <summary>"The Chief Finance Officer said…": the one person the document lists in that post.</summary>
    private static string? RoleHolder(string sentence, IReadOnlyDictionary<string, string> holders) =>
        holders.Count > 0 && RoleAsSubject().Match(sentence) is { Success: true } m && holders.TryGetValue(m.Groups["post"].Value.Trim(), out var person)
            ? person : null;

    // The words of a post in a list of those present ("- Joanna Kerr, Chief Digital Officer").
    private const string PostWords = "Officer|Director|Chair|Chairman|Chairwoman|Executive|Secretary|Minister|Manager|Lead|Head|Nurse|Member|President|Governor|Clerk";

    // A list item's bullet or number.
    private const string Bullet = @"(?:[-*•]\s+|\d+[.)]\s+)";

    [GeneratedRegex(@"^\s*" + Bullet + @"?(?<name>[^,|\n]{3,60}?)\s*(?:,|\||\s[-–—]\s)\s*(?<post>[^|\n]{2,80}?)\s*\|?\s*$")]
    private static partial Regex ListedNameAndPost();

    [GeneratedRegex(@"^\s*" + Bullet)]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"^(?:(?:" + Honorifics + @")\.?\s+)")]
    private static partial Regex HonorificPrefix();

    [GeneratedRegex(@"\b(?:" + PostWords + @"|Convener)\b")]
    private static partial Regex PostWord();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex BracketAfterPost();

    [GeneratedRegex(@"^\W*The\s+(?<post>\p{Lu}[\p{L}’'\-]*(?:\s+(?:\p{Lu}[\p{L}’'\-]*|of|for|and|&))*(?:\s*\([^()]{1,40}\))?)\s+(?:(?:also|then|later|further|again)\s+)?(?:" + SpeechVerbs + @")\b")]
    private static partial Regex RoleAsSubject();

    /// <summary>
    /// Minutes name people by their initials ("FAC explained that…", "JK reported…") after a list of those present gives
    /// their full names. Initials one person has are theirs, in a document that writes two people's initials before a
    /// verb of speech at least: the convention of minutes, so "AI said" in a report is not someone called Amir Iqbal.
    /// </summary>
    private static void AddInitials(Dictionary<string, string> aliases, string text)
    {
        var written = InitialsBeforeSpeech().Matches(text).Select(m => m.Groups["initials"].Value).ToHashSet(StringComparer.Ordinal);
        if (written.Count < 2) return;
        // Of people only: "Chief Executive" is a post, whatever took it for a name.
        var byInitials = aliases.Values.Distinct().Where(p => StripHonorific(p).Contains(' ') && !StripHonorific(p).Split(' ').Any(IsNotName)).GroupBy(Initials)
            .Where(g => g.Count() == 1 && g.Key.Length >= 2).ToList();
        if (byInitials.Count(g => written.Contains(g.Key)) < 2) return;
        // Once the minutes use the convention, initials are people's wherever they stand ("BA made the following comment").
        var words = InitialsWord().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var group in byInitials.Where(g => words.Contains(g.Key))) aliases.TryAdd(group.Key, group.First());
    }

    /// <summary>"FAC" for "Dr Funmilayo Adeyemi-Clarke": the first letter of each part of the name.</summary>
    private static string Initials(string name) =>
        string.Concat(StripHonorific(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));

    [GeneratedRegex(@"\b(?<initials>\p{Lu}{2,4})\s+(?:" + SpeechVerbs + @"|reported|updated|queried|raised|proposed|thanked)\b")]
    private static partial Regex InitialsBeforeSpeech();

    [GeneratedRegex(@"^\s*(?:[-*•]\s+|\|\s*|\d+[.)]\s+)?(?:(?:" + Honorifics + @")\.?\s+)?$")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*[,|]\s*[^,|\n]{0,60}?\b(?:" + PostWords + @")\b")]
    private static partial Regex ListedPost();

    [GeneratedRegex(@"\b\p{Lu}{2,4}\b")]
    private static partial Regex InitialsWord();

    /// <summary>
    /// Every way a document refers to its people: full name, name without honorific, and the surname and first name when
    /// only one person has it. A one-word name with no honorific ("Steering" said…) is not a person of its own: a name is
    /// known by its full form first.
    /// </summary>
    private static Dictionary<string, string> Aliases(List<string> names, NameEvidence evidence, IReadOnlyDictionary<string, HashSet<string>> titles)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var full = names.Distinct().Where(n => StripHonorific(n).Contains(' ')).OrderByDescending(n => n.Length).ToList();
        foreach (var name in full)
        {
            aliases.TryAdd(name, name);
            aliases.TryAdd(StripHonorific(name), name);
        }
        // A surname two full names share ("Cllr Helen Marsh", "Debbie Marsh") is neither's alone.
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in full.GroupBy(Surname))
            if (group.Select(StripHonorific).Distinct().Count() == 1) aliases.TryAdd(group.Key, group.First());
            else shared.Add(group.Key);
        // "Gwen said: …" after "Gwen Attwater, 74, from Hollinsby": a press release calls a patient by first name. Only a
        // first name one person has, that is nobody's surname, and that the corpus writes like a name throughout.
        foreach (var group in full.GroupBy(n => StripHonorific(n).Split(' ')[0]))
            if (group.Select(StripHonorific).Distinct().Count() == 1 && evidence.IsNameLike(group.Key) && !NotNameWords.Contains(group.Key))
                aliases.TryAdd(group.Key, group.First());
        // A titled one-word name (Mr Streeting, Lord Markham) is a person; it joins a full name with that surname. Of a
        // shared surname, "Ms Marsh" could be either: nobody in particular, unless its title tells them apart.
        foreach (var name in names.Distinct().Where(n => !StripHonorific(n).Contains(' ')))
        {
            var bare = StripHonorific(name);
            if (shared.Contains(bare))
            {
                if (name != bare && TitledMember(name, full.Where(n => Surname(n) == bare), titles) is { } member)
                    aliases.TryAdd(name, aliases[member]);
                continue;
            }
            // "Lord Merrow" beside "Baroness Merrow of Castlegate": another peer, himself.
            if (aliases.TryGetValue(bare, out var person) && PeerTitles.Differ(name, person)) aliases.TryAdd(name, name);
            else if (person is not null) aliases.TryAdd(name, person);
            else if (name != bare || KeptHonorifics.Any(h => name.StartsWith(h + " ", StringComparison.Ordinal)))
            {
                aliases.TryAdd(name, name);
                aliases.TryAdd(bare, name);
            }
        }
        return aliases;
    }

    /// <summary>
    /// Whether a capitalised phrase names a person rather than a place, an organisation or a sentence's first word:
    /// not after "the", and its last word written like a name across the corpus.
    /// </summary>
    private static bool IsPersonLike(string sentence, Match match, string name, NameEvidence evidence)
    {
        var before = sentence[..match.Index];
        if (ArticleBefore().IsMatch(before)) return false;
        // Nor is the portfolio that ends a post ("Dr Ifeoma Castellane, National Director for Digital Transformation at
        // NHS England, said:"); "Minister for Community Care Leah Dunn said" goes on to the name.
        if (PostBefore().IsMatch(before) && PortfolioEnd().IsMatch(sentence[(match.Index + match.Length)..])) return false;
        var words = StripHonorific(name).Split(' ');
        return evidence.IsNameLike(words[^1]) && words.All(w => char.IsUpper(w[0]));
    }

    /// <summary>"Mr Streeting" as written, so that it is known to be a person although it is one word.</summary>
    private static string Titled(string mention) => string.Join(' ', mention.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)).TrimEnd('’', '\'').Replace("’s", "").Replace("'s", "");

    // "the hon. Member for Castlebridge North made the point": a constituency, not a person.
    [GeneratedRegex(@"\b(?:the|The|a|an|An)\s+$|\b(?:Member|Members|MP|MPs)\s+for\s+$")]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\b(?:Director|Directors|Minister|Secretary|Officer|Head|Lead|Commissioner|Adviser|Advisor|Champion|Spokesperson|Chair|Manager)\s+(?:for|of)\s+$")]
    private static partial Regex PostBefore();

    [GeneratedRegex(@"^\s*(?:[,;)]|(?:at|in|and)\b|$)")]
    private static partial Regex PortfolioEnd();

    [GeneratedRegex(@"^" + Age + ",")]
    private static partial Regex AgeAfter();

    // ", 71" or ", aged 71" after a name.
    private const string Age = @",\s*(?:aged\s+)?\d{1,3}";

    /// <summary>Drops leading capitalised words that cannot be part of a name ("Secretary Steve Barclay" becomes "Steve Barclay").</summary>
    private static string? CleanName(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        // "Dear Mr Fairweather", "Thank you Dr Okafor": a name starts at its title, not at the words before it.
        var titled = words.FindIndex(1, w => IsHonorific(w.TrimEnd('.')));
        if (titled > 0 && titled < words.Count - 1) words = words[titled..];
        string? honorific = null;
        if (words.Count > 1 && IsHonorific(words[0].TrimEnd('.')))
        {
            honorific = words[0].TrimEnd('.');
            words.RemoveAt(0);
        }
        // "The Royal Pharmaceutical Society": a phrase opened by an article names a person only through a role
        // ("The Health Secretary Sajid Javid"); otherwise it is an organisation, a place or a thing.
        var article = words.Count > 0 && words[0] is "The" or "A" or "An";
        var role = false;
        while (words.Count > 0 && IsNotName(words[0]))
        {
            role |= RoleWords.Contains(words[0]);
            words.RemoveAt(0);
        }
        if (article && !role) return null;
        // A role or organisation before the name ("Urgent and Emergency Care Daniel Ashworth"): the name is what follows it.
        var lastNotName = words.FindLastIndex(IsNotName);
        if (lastNotName >= 0) words = words[(lastNotName + 1)..];
        // A body's plural possessive before a product ("Meridale Health Systems’ Clarity", "Allied Health Workers’ Union"):
        // the name, if any, is what follows it, never the owner's last word with it. (Not a singular possessive:
        // measured, dropping "Kublai's" from "Kublai's Chinese" unsettled who the Yuan dynasty article's people are.)
        var lastOwner = words.Count < 2 ? -1 : words.FindLastIndex(words.Count - 2, PluralPossessive);
        if (lastOwner >= 0) words = words[(lastOwner + 1)..];
        if (words.Count == 0) return null;
        // Possessives are not part of the name (Barclay’s plan).
        words[^1] = words[^1].TrimEnd('’', '\'').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        if (words[^1].Length < 2) return null;
        var name = string.Join(' ', words);
        return honorific is not null && KeptHonorifics.Contains(honorific) ? honorific + " " + name : name;
    }

    private static bool PluralPossessive(string word) =>
        word.EndsWith("s’", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);

    /// <summary>A word never part of a name, in the singular or plural ("Hospital", "Hospitals").</summary>
    internal static bool IsNotName(string word) =>
        NotNameWords.Contains(word) || (word.Length > 3 && word.EndsWith('s') && NotNameWords.Contains(word[..^1]));

    private static bool IsHonorific(string word) => Honorifics.Split('|').Contains(word);

    /// <summary>The last word of a name without its honorific: "Dr Tobias Wren" is a Wren.</summary>
    private static string Surname(string name) => StripHonorific(name).Split(' ')[^1];

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
        // Minutes: "FAC explained that…", once the document's initials are known as its people's.
        foreach (Match m in InitialsWord().Matches(sentence))
            if (people.TryGetValue(m.Value, out var person) && IsSpeakerMention(sentence, m)) return person;
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
        var after = sentence[(name.Index + name.Length)..];
        if (TalkFrom().IsMatch(before)) return true;
        // "…,” said Barclay." or "said Jane Doe of NHS England": the speaker. "said Marlowe Valley had been one of the
        // most thorough": the subject of what was said, followed by its verb.
        if (SpeechVerbBefore().IsMatch(before)) return EndOfSpeakerName().IsMatch(after);
        if (PlacePreposition().IsMatch(before)) return false;
        var verb = SubjectOfSpeechVerb().Match(after);
        // Another name in between is the nearer subject, unless it is the object of a preposition or an article
        // ("head of inclusion at the charity Connected Patients"): then it is an organisation or a place; or the
        // portfolio of a post ("National Director for Digital Transformation").
        var between = after[..(verb.Success ? verb.Length : 0)];
        // Nor a possessive: "Cllr Helen Marsh, Westmarsh County Council's cabinet member, said" is hers.
        return verb.Success && !CandidateName().Matches(between).Any(n => n.Value.Contains(' ') && CleanName(n.Value) is not null
            && !PlacePreposition().IsMatch(between[..n.Index]) && !ArticleBefore().IsMatch(between[..n.Index]) && !OrganisationBefore().IsMatch(between[..n.Index])
            && !PostBefore().IsMatch(between[..n.Index])
            && !Possessive(n.Value, between[(n.Index + n.Length)..]));
    }

    // "…of the Northgate Institute for Clinical Informatics told us": after a body's "for", the words are its name.
    [GeneratedRegex(@"\b(?:in|at|from|to|across|near|of)\s+$|\b(?:Institute|Centre|Center|Council|Foundation|Agency|Society|College|Association|Office|Board|Network|Alliance|School|University|Unit|Commission|Fund|Group|Forum|Partnership|Collaborative)\s+for\s+$")]
    private static partial Regex PlacePreposition();

    /// <summary>A name's possessive ending, within the name as matched or just after it.</summary>
    private static bool Possessive(string name, string after) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)
        || after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(?:$|[,.;:!?—–)""”’(]|(?:of|from|at|in|who|on|when|as|to|during)\b)")]
    private static partial Regex EndOfSpeakerName();

    // "the charity Connected Patients", "the company Acme Health": a kind of organisation before its name.
    [GeneratedRegex(@"\b(?:charity|company|firm|supplier|trust|group|organisation|organization|body|campaign|network|association|union|council|agency|think tank)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationBefore();

    private static string? Resolve(string mention, Dictionary<string, string> people)
    {
        var name = CleanName(mention);
        if (name is null) return null;
        if (people.TryGetValue(name, out var person)) return person;
        // "Dr Farrant" beside another Farrant: the title may say which (see TitledMember).
        if (!name.Contains(' ') && people.TryGetValue(Titled(mention), out person)) return person;
        if (people.TryGetValue(StripHonorific(name), out person)) return person;
        return people.TryGetValue(name.Split(' ')[^1], out person) ? person : null;
    }

    [GeneratedRegex(@"[,.!?]\s*[”""’]\s*(?:he|she)\s+(?:said|says|added|adds|explained|continued)\b")]
    private static partial Regex PronounSaid();

    /// <summary>The people a sentence names, each once, in order.</summary>
    private static List<string> PeopleNamed(string sentence, Dictionary<string, string> people) =>
        CandidateName().Matches(sentence).Concat(InitialsWord().Matches(sentence)).OrderBy(m => m.Index)
            .Select(m => Resolve(m.Value, people) ?? people.GetValueOrDefault(m.Value)).OfType<string>().Distinct().ToList();

    private static bool ClosesWithAttribution(string sentence, Dictionary<string, string> people) => FindSpeaker(sentence, people) is not null;

    /// <summary>A capitalised name that is the subject of a speech verb but no person of the document's alone.</summary>
    private static bool UnidentifiedSpeaker(string sentence, Dictionary<string, string> people) =>
        CandidateName().Matches(sentence).Any(m => Resolve(m.Value, people) is null && IsSpeakerMention(sentence, m))
        // "CE explained that…" in minutes whose initials are not known as anyone's.
        || InitialsBeforeSpeech().Matches(sentence).Any(m => !people.ContainsKey(m.Groups["initials"].Value));

    /// <summary>
    /// Whether a sentence carries its speaker's attribution outside its quote marks ("Hancock said: “…”", "“…,” she
    /// added."), so an answer quoting it should not put "X said:" in front as well. An MP's own words that report
    /// someone else ("in March the Minister told a conference that her date “remains the date”") name another
    /// speaker, not theirs: they are still the MP's to say.
    /// </summary>
    /// <param name="byPronoun">Whether "she said" counts: not in a labelled turn, where the member's "She said, and I
    /// quote, '…'" is them quoting someone else.</param>
    public static bool AttributesItself(string sentence, string speaker, bool byPronoun = true)
    {
        if (!HasQuote(sentence)) return false;
        var outside = QuotedSpan().Replace(sentence, " ");
        if (!SpeechVerb().IsMatch(outside)) return false;
        var surname = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return outside.Contains(surname, StringComparison.OrdinalIgnoreCase) || (byPronoun && PronounBesideSpeechVerb().IsMatch(outside));
    }

    [GeneratedRegex(@"\b(?:he|she|they)\s+(?:\w+\s+)?(?:" + SpeechVerbs + @")\b|\b(?:" + SpeechVerbs + @")\s+(?:he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounBesideSpeechVerb();

    // A quotation in double marks, or in single marks that open after a space or colon and close before a non-letter.
    [GeneratedRegex(@"“[^”]*(?:”|$)|""[^""]*(?:""|$)|(?<=^|[\s:(—–-])‘.*?(?:’(?!\p{L})|$)")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\b(?:" + SpeechVerbs + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    /// <summary>
    /// Whether a sentence is mostly the speaker's quoted words, rather than a report that quotes a phrase: only then
    /// may an answer say the person "said" the whole sentence.
    /// </summary>
    public static bool MostlyQuoted(string sentence)
    {
        if (!HasQuote(sentence)) return false;
        if (StartsWithOpeningQuote(sentence)) return true;
        var open = sentence.IndexOfAny(['“', '"', '‘']);
        return open >= 0 && open < sentence.Length / 2;
    }

    private static bool HasQuote(string sentence) => sentence.AsSpan().IndexOfAny("“”\"") >= 0 || SingleQuoteOpening().IsMatch(sentence);

    private static bool StartsWithOpeningQuote(string sentence) => sentence.TrimStart().StartsWith('“') || sentence.TrimStart().StartsWith('"') || sentence.TrimStart().StartsWith('‘');

    // ‘ opening a quotation (after a space, a colon or at the start), not an apostrophe.
    [GeneratedRegex(@"(?:^|[\s:(—–-])‘\p{L}")]
    private static partial Regex SingleQuoteOpening();

    /// <summary>Whether a quotation is still open after this sentence, so the next one continues the same person's words.</summary>
    internal static bool QuoteOpenAfter(string sentence, bool openBefore)
    {
        var open = openBefore;
        foreach (var c in sentence)
        {
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        // Single curly quotes: ‘ opens; ’ closes only where it is not an apostrophe inside a word.
        var single = SingleQuoteOpening().Matches(sentence).Count > 0 ? SingleQuoteOpening().Matches(sentence)[^1].Index : -1;
        if (single >= 0)
        {
            var close = -1;
            for (var i = single + 1; i < sentence.Length; i++)
                if (sentence[i] == '’' && (i + 1 >= sentence.Length || !char.IsLetter(sentence[i + 1]))) close = i;
            open = open || close < 0;
        }
        return open;
    }

    private static DocumentProfile BuildProfile(string sourceId, string text, List<Sentence> sentences, DocumentMetadata metadata)
    {
        var bySpeaker = sentences.Where(s => s.Speaker is not null)
            .GroupBy(s => s.Speaker!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(s => s.Start))
            .ToList();
        string? eventName = null;
        string? affiliation = null;
        foreach (var sentence in sentences.Take(4))
        {
            var phrases = EventPhrase().Matches(text[..sentence.End], sentence.Start);
            affiliation ??= phrases.FirstOrDefault(e => AfterRole(text, e))?.Groups[2].Value;
            // "How long have you been using AI triage at Millbrook?": a question says where nothing was said.
            if (TextSplitter.LastMark(text[sentence.Start..sentence.End]) == '?') continue;
            var m = phrases.FirstOrDefault(e => IsEvent(text, e));
            if (m is null) continue;
            // "the" belongs to the name when the phrase ends in a common noun ("the Parliament & HealthTech event").
            var article = m.Groups[1].Success && m.Groups[3].Success ? "the " : "";
            eventName = (article + m.Groups[2].Value + m.Groups[3].Value).Trim();
            break;
        }
        var fromMetadata = metadata.SoleSpeaker is { } sole && bySpeaker.Any(g => g.Key == sole);
        var principal = fromMetadata ? metadata.SoleSpeaker : bySpeaker.FirstOrDefault()?.Key;
        var majority = bySpeaker.Count > 0 && 2 * bySpeaker[0].Count() > bySpeaker.Sum(g => g.Count());
        return new DocumentProfile(sourceId, principal, metadata.Event ?? eventName, bySpeaker.Select(g => g.Key).ToList())
        {
            Affiliation = affiliation,
            NarrationIsPrincipals = metadata.Speakers.Count > 0 || majority,
        };
    }
}
