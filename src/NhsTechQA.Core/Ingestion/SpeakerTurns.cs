using System.Text.RegularExpressions;
using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Core.Ingestion;

/// <summary>A speaker's turn in a transcript: from the span that opens it to the next turn.</summary>
/// <param name="LabelEnd">Where the words start after a label on the same line ("Q112 Chair: Good morning").</param>
/// <param name="HeaderOnly">The opening span is a heading line that only names the speaker.</param>
/// <param name="Speaker">Null for a turn that is nobody's words: a collective interjection ("Noble Lords: Oh!") or the
/// record of procedure ("Question put and agreed to.").</param>
/// <param name="Comment">A reader's comment under a post, opened by its byline ("Dave Kettering — 5 September 2025").</param>
public sealed record SpeakerTurn(int FirstSpan, string? Speaker, int LabelEnd, bool HeaderOnly, bool Comment = false)
{
    public bool IsHeader(int span) => HeaderOnly && span == FirstSpan;
}

/// <summary>
/// Finds the turns of a transcript with speaker labels: Hansard ("Dean Russell (Watford) (Con):", "The Minister for
/// Health (Jane Doe):"), committee evidence ("Q112 Chair:", "Lord Markham:"), interviews, and heading lines that name
/// a speaker in brackets. Role labels ("Chair") are resolved to the person the document names in that role
/// ("Steve Brine (Chair)").
/// </summary>
public static partial class SpeakerTurns
{
    /// <param name="voice">The speaker of a first-person transcript, by its metadata: whose turns "Answer:" labels in
    /// the questions after a talk.</param>
    public static IReadOnlyList<SpeakerTurn> Find(string text, IReadOnlyList<TextSpan> spans, Dictionary<string, string> people, NameEvidence evidence,
        string? voice = null)
    {
        var roles = RolesNamed(text);
        var affiliations = LabelAffiliations(text, evidence).ToList();
        var capitals = CapitalLabelsUsed(text);
        var turns = new List<SpeakerTurn>();
        // A written questions export names who asked and who answered on lines of their own ("Asked by: …", "Answered
        // by: …, Minister of State"); the "Question:" and "Answer:" that follow are theirs.
        string? asker = null, answerer = null;
        var lastParagraph = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Paragraph == lastParagraph) continue;
            lastParagraph = span.Paragraph;
            var line = text[span.Start..LineEnd(text, span.Start)];
            if (WrittenQuestionPerson().Match(line.Trim()) is { Success: true } who)
            {
                var person = Person(NameBeforeRole().Match(who.Groups["who"].Value).Value, roles, people, evidence);
                if (who.Groups["kind"].Value.StartsWith("Answered", StringComparison.OrdinalIgnoreCase)) answerer = person;
                else asker = person;
                // As Hansard's written answers print: "Asked by X" then the question, "Answered by Y" then the answer,
                // with no "Question:" or "Answer:" between. The person's words follow the line until the next such line.
                if (person is not null && !WrittenQuestionPart().IsMatch(NextTextLine(text, span.Start) ?? ""))
                    turns.Add(new SpeakerTurn(i, person, span.Start, HeaderOnly: true));
                else if (turns.Count > 0) turns.Add(new SpeakerTurn(i, null, span.Start, HeaderOnly: false));
                continue;
            }
            // The export's own fields and rules between questions ("UIN: 61377", "Heading: …", a line of dashes) end the
            // answer, as does the next question's heading ("NHS App: Hospital Letters").
            if ((asker ?? answerer) is not null && turns.Count > 0 && (ExportField().IsMatch(line.Trim()) || TopicHeading(line)))
            {
                turns.Add(new SpeakerTurn(i, null, span.Start, HeaderOnly: false));
                continue;
            }
            if (WrittenQuestionPart().Match(line.Trim()) is { Success: true } part && (asker ?? answerer) is not null)
            {
                var whose = part.Groups["part"].Value.StartsWith("Q", StringComparison.OrdinalIgnoreCase) ? asker : answerer;
                turns.Add(new SpeakerTurn(i, whose, span.Start + Math.Min(part.Length, line.Length), HeaderOnly: part.Length >= line.Trim().Length));
                continue;
            }
            // A reader's comment under a post: "**Dave Kettering** — 5 September 2025", then what they wrote.
            if (CommentByline().Match(line.Trim()) is { Success: true } byline && LooksLikeName(byline.Groups["name"].Value.Trim(), evidence)
                && Person(byline.Groups["name"].Value, roles, people, evidence) is { } commenter)
            {
                turns.Add(new SpeakerTurn(i, commenter, span.Start, HeaderOnly: true, Comment: true));
                continue;
            }
            // "## Remote Monitoring: Heart Failure" is a heading with a colon, not "Remote Monitoring" speaking.
            // "PRESS CONFERENCE: DIGITAL FOUNDATIONS - PROGRESS UPDATE", all in capitals, is a title, not someone speaking.
            var label = LabelOf(text, span.Start, line);
            // "Noble Lords: Oh!", or with the label on a line of its own ("Noble Lords", then "Bishop!"): the House's
            // interjection is nobody's words, and it ends the previous speaker's turn.
            if (turns.Count > 0 && (Procedure().IsMatch(line) || (label.Success && Collective().IsMatch(label.Groups["label"].Value))
                                    || CollectiveLine().IsMatch(line.Trim())))
            {
                turns.Add(new SpeakerTurn(i, null, label.Success && !Procedure().IsMatch(line) ? span.Start + label.Length : span.Start, HeaderOnly: false));
                continue;
            }
            // Radio and podcast transcripts label in capitals ("PRESENTER:", "ADEYEMI:"): read as the name is written.
            var labelText = label.Success ? LabelName(label) : "";
            // A bare role ("Chair", "Madam Speaker") is a person only when the document says who holds it.
            var roleOnly = label.Success && BareRole(labelText);
            // "Answer:" in the questions after a talk: the talk's speaker, named as the rest of the talk names them.
            if (label.Success && voice is not null && labelText == "Answer")
            {
                turns.Add(new SpeakerTurn(i, voice, span.Start + label.Length, HeaderOnly: false));
                continue;
            }
            if (label.Success && SharedFirstName(labelText, people, affiliations) is { Shared: true } shared)
            {
                turns.Add(new SpeakerTurn(i, shared.Person, span.Start + label.Length, HeaderOnly: false));
                continue;
            }
            if (label.Success && LabelSpeaker(labelText, roles, people, evidence) is { } speaker)
            {
                // "Minister: Helen Marchbank MP, Minister of State…" atop a briefing is a field saying who holds the post,
                // not her turn: what follows the label is her own name, which nobody opens a turn with.
                if (NamesItself(text[(span.Start + label.Length)..LineEnd(text, span.Start)], speaker)) continue;
                turns.Add(new SpeakerTurn(i, speaker, span.Start + label.Length, HeaderOnly: false));
                continue;
            }
            // "Q13 Chair:" when the document never says who chairs, or "Madam Speaker:": a turn of someone not named,
            // which ends the previous speaker's turn (their words must not run on into the question).
            if (label.Success && (QuestionNumber().IsMatch(line) || roleOnly))
            {
                turns.Add(new SpeakerTurn(i, null, span.Start + label.Length, HeaderOnly: false));
                continue;
            }
            // "DR SUNITA RAVEL" or "HOST" on a line of its own, in a transcript that labels its turns that way.
            if (capitals && CapitalLabel().Match(line.Trim()) is { Success: true } capital && IsFollowedByWords(text, span.Start))
            {
                turns.Add(new SpeakerTurn(i, LabelSpeaker(TitleCase(capital.Groups["label"].Value), roles, people, evidence), span.Start, HeaderOnly: true));
                continue;
            }
            // Hansard gives a member's constituency and party at their first turn and the name alone after it
            // ("Mr Owen Pryce (Lanmouth North) (Lab)", later "Mr Owen Pryce"): a line that is only the name of someone
            // who has already had a turn here, with words after it, opens their next turn.
            if (RepeatedSpeaker(line, turns, roles, people, evidence) is { } again && IsFollowedByParagraph(text, span.Start))
            {
                turns.Add(new SpeakerTurn(i, again, span.Start, HeaderOnly: true));
                continue;
            }
            if (HeadingNamesSpeaker(line, roles, people) is { } named && Person(named, roles, people, evidence) is { } headed)
                turns.Add(new SpeakerTurn(i, headed, span.Start, HeaderOnly: true));
            // A Markdown heading between turns ("## NHS Trusts: IT Equipment" in oral questions) is the record's, not
            // the last speaker's words: it ends their turn.
            // So does a plain heading, a short line standing as a paragraph of its own ("The supplier's view" before
            // the reporter's closing paragraphs of a Q&A interview).
            // Only after a turn opened by a label on its line ("Nadia Kowalczyk: …"): not in a written questions export,
            // whose "Question" and "UIN …" lines stand alone inside the asker's turn, nor in a page whose turns open
            // with a heading line of their own, among links and captions.
            else if (turns.Count > 0 && (IsMarkdownHeading(text, span.Start)
                                         || ((asker ?? answerer) is null && OpenedByLabel(turns[^1], spans) && IsPlainHeading(text, spans, i))))
                turns.Add(new SpeakerTurn(i, null, span.Start, HeaderOnly: false));
        }
        // A document without labels may still hold signed first-person text: a letter and its reply, a chief officer's
        // statement in an annual report, each ending with the writer's name and post.
        if (turns.Count > 0) return turns;
        var signed = SignedSections(text, spans, roles, people, evidence);
        // A transcript whose metadata names its speaker is theirs already: a name and post near its top is someone else.
        return signed.Count > 0 || voice is not null ? signed : HeadedStatement(text, spans, roles, people, evidence);
    }

    /// <summary>
    /// A statement headed by its author's name and post ("Eleanor Marchwood MP, Minister of State for Health Technology
    /// and Innovation", as a written ministerial statement prints them above "Today I am announcing…") and written in
    /// the first person after it: the author's words, from the heading to the end. The lines above it are the record's.
    /// </summary>
    private static List<SpeakerTurn> HeadedStatement(string text, IReadOnlyList<TextSpan> spans, Dictionary<string, string> roles,
        Dictionary<string, string> people, NameEvidence evidence)
    {
        var paragraphs = ParagraphStarts(spans);
        for (var p = 0; p < Math.Min(paragraphs.Count - 1, MaxHeadingParagraphs); p++)
        {
            var first = paragraphs[p];
            var line = ParagraphLine(text, spans, first);
            if (TextSplitter.IsProse(line) || (Signer(text, spans[first].Start, roles, people, evidence, oneLine: true) ?? NameBeforePost(line, roles, people, evidence)) is not { } author)
                continue;
            // Two lines of name and post: the statement starts after the post.
            var start = p + 1;
            while (start < paragraphs.Count && !IsProseParagraph(text, spans, paragraphs, start)) start++;
            if (start >= paragraphs.Count) return [];
            var prose = Enumerable.Range(paragraphs[start], spans.Count - paragraphs[start])
                .Select(i => text[spans[i].Start..spans[i].End]).Where(TextSplitter.IsProse).ToList();
            if (prose.Count < MinStatementSentences || prose.Count(SpeakerAttributor.FirstPerson().IsMatch) < FirstPersonShare * prose.Count) return [];
            return [new SpeakerTurn(paragraphs[start], author, spans[paragraphs[start]].Start, HeaderOnly: false)];
        }
        return [];
    }

    private const int MaxHeadingParagraphs = 8;
    private const int MinStatementSentences = 3;

    // Signed or headed text counts as the writer's own when at least this share of its sentences say "I" or "we".
    private const double FirstPersonShare = 0.3;

    /// <summary>"Eleanor Marchwood MP, Minister of State for Health Technology and Innovation, Department of …": the name before the post.</summary>
    private static string? NameBeforePost(string line, Dictionary<string, string> roles, Dictionary<string, string> people, NameEvidence evidence)
    {
        var comma = line.IndexOf(',');
        if (comma <= 0 || line.Length > 240) return null;
        var name = Readers.PersonNames.Clean(line[..comma]);
        return name.Contains(' ') && LooksLikeName(name, evidence) && SignaturePost().IsMatch(line[(comma + 1)..]) ? Person(name, roles, people, evidence) : null;
    }

    /// <summary>
    /// First-person prose that ends with a signature — a line with a person's name, then a line with their post
    /// ("Rebecca Lyall" / "Chief Information Officer"), after an optional "Yours sincerely," — is the signer's, back
    /// to the heading, date line or salutation that opens it; the signature and what follows it are nobody's words.
    /// An addressee block (the same name and post before a letter) has no prose before it, so it signs nothing.
    /// </summary>
    private static List<SpeakerTurn> SignedSections(string text, IReadOnlyList<TextSpan> spans, Dictionary<string, string> roles,
        Dictionary<string, string> people, NameEvidence evidence)
    {
        var paragraphs = ParagraphStarts(spans);
        var turns = new List<SpeakerTurn>();
        var open = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var first = paragraphs[p];
            // A name and post a PDF joined into one line sign only straight after "Yours sincerely": elsewhere such a
            // line opens a quotation ("Nadia Quarshie, National Director for Primary Care, said:").
            // So do they straight after a paragraph in the first person ("…and so would our patients." then "Simon
            // Treharne Chief Executive Collingford Hospitals NHS Foundation Trust 10 July 2026" under a foreword).
            var afterValediction = p > open && Valediction().IsMatch(ParagraphLine(text, spans, paragraphs[p - 1]));
            var afterFirstPerson = p > open && IsProseParagraph(text, spans, paragraphs, p - 1)
                                   && SpeakerAttributor.FirstPerson().IsMatch(ParagraphText(text, spans, paragraphs, p - 1));
            if (Signer(text, spans[first].Start, roles, people, evidence, afterValediction || afterFirstPerson) is not { } signer) continue;
            var end = p - 1;
            while (end >= open && Valediction().IsMatch(ParagraphLine(text, spans, paragraphs[end]))) end--;
            var signedOff = end < p - 1;
            var start = end + 1;
            while (start - 1 >= open && IsProseParagraph(text, spans, paragraphs, start - 1)) start--;
            if (start > end) continue;
            // "Dear colleague," then the letter, perhaps under its subject line ("FRONTLINE DIGITAL READINESS FUND").
            var salutation = Enumerable.Range(1, 2).Select(back => start - back)
                .FirstOrDefault(at => at >= open && Salutation().IsMatch(ParagraphLine(text, spans, paragraphs[at])), -1);
            if (salutation >= 0) start = salutation;
            var section = Enumerable.Range(paragraphs[start], first - paragraphs[start]).Select(i => text[spans[i].Start..spans[i].End])
                .Where(TextSplitter.IsProse).ToList();
            // A letter from "Dear…" to "Yours sincerely" is its signer's whatever share of it says "I"; other signed
            // text (a statement in a report) must read as first person.
            var letter = salutation >= 0 && signedOff;
            if (section.Count == 0 || (!letter && section.Count(s => SpeakerAttributor.FirstPerson().IsMatch(s)) < FirstPersonShare * section.Count)) continue;
            turns.Add(new SpeakerTurn(paragraphs[start], signer, spans[paragraphs[start]].Start, HeaderOnly: false));
            turns.Add(new SpeakerTurn(first, null, spans[first].Start, HeaderOnly: false));
            open = p + 1;
        }
        return turns;
    }

    /// <summary>The person a signature at a position names: a short line that is a person's name, and a post on the line after it.</summary>
    private static string? Signer(string text, int start, Dictionary<string, string> roles, Dictionary<string, string> people, NameEvidence evidence,
        bool oneLine)
    {
        var line = text[start..LineEnd(text, start)].Trim();
        var name = Readers.PersonNames.Clean(line);
        if (line.Length <= 60 && name.Contains(' ') && LooksLikeName(name, evidence))
            return NextTextLine(text, start) is { Length: <= 120 } post && IsSignaturePost(post) ? Person(name, roles, people, evidence) : null;
        return oneLine && SignatureOnOneLine(line, evidence) is { } signer ? Person(signer, roles, people, evidence) : null;
    }

    private static bool IsSignaturePost(string post) => SignaturePost().IsMatch(post) && !TextSplitter.IsProse(post);

    /// <summary>
    /// A signature whose name and post a PDF's lines joined into one ("Rosalind Carraway MP Minister of State for Care
    /// and Digital"): the name is the first two to four words, the rest a post starting with a capital.
    /// </summary>
    private static string? SignatureOnOneLine(string line, NameEvidence evidence)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (line.Length > 160) return null;
        for (var cut = 2; cut <= Math.Min(5, words.Length - 1); cut++)
        {
            var name = Readers.PersonNames.Clean(string.Join(' ', words[..cut]));
            var post = string.Join(' ', words[cut..]);
            // A post is a title, not a sentence: no full stop, a dozen words at most.
            if (char.IsUpper(post[0]) && name.Contains(' ') && LooksLikeName(name, evidence) && SignaturePost().IsMatch(post)
                && words.Length - cut <= 12 && TextSplitter.LastMark(post) is not ('.' or '!' or '?' or ':')
                && !LooksLikeName(Readers.PersonNames.Clean(string.Join(' ', words[..(cut + 1)])), evidence))
                return name;
        }
        return null;
    }

    /// <summary>The index of each paragraph's first span.</summary>
    private static List<int> ParagraphStarts(IReadOnlyList<TextSpan> spans) =>
        Enumerable.Range(0, spans.Count).Where(i => i == 0 || spans[i].Paragraph != spans[i - 1].Paragraph).ToList();

    /// <summary>The spans of the paragraph that starts at <c>paragraphs[p]</c>: up to the next paragraph's first.</summary>
    private static Range ParagraphSpans(IReadOnlyList<TextSpan> spans, List<int> paragraphs, int p) =>
        paragraphs[p]..(p + 1 < paragraphs.Count ? paragraphs[p + 1] : spans.Count);

    private static string ParagraphText(string text, IReadOnlyList<TextSpan> spans, List<int> paragraphs, int p)
    {
        var (first, count) = ParagraphSpans(spans, paragraphs, p).GetOffsetAndLength(spans.Count);
        return text[spans[first].Start..spans[first + count - 1].End];
    }

    private static string ParagraphLine(string text, IReadOnlyList<TextSpan> spans, int first) =>
        text[spans[first].Start..LineEnd(text, spans[first].Start)].Trim();

    private static bool IsProseParagraph(string text, IReadOnlyList<TextSpan> spans, List<int> paragraphs, int p)
    {
        var (first, count) = ParagraphSpans(spans, paragraphs, p).GetOffsetAndLength(spans.Count);
        return !IsMarkdownHeading(text, spans[first].Start)
               && Enumerable.Range(first, count).Any(i => TextSplitter.IsProse(text[spans[i].Start..spans[i].End]));
    }

    [GeneratedRegex(@"^(?:Yours\s+(?:sincerely|faithfully|truly|ever)|(?:With\s+)?(?:best|kind|warm)\s+(?:wishes|regards)|Regards|Signed)\b[^.]{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex Valediction();

    [GeneratedRegex(@"^Dear\b[^.]{0,60}[,:]?$")]
    private static partial Regex Salutation();

    // A post under a signature: "Chief Information Officer", "President, Royal College of …", "Secretary of State for …".
    [GeneratedRegex(@"\b(?:Officer|Director|Executive|Secretary|Minister|Chair|Chairman|Chairwoman|Chairperson|President|Manager|Lead|Head|Dean|Principal|Governor|Commissioner|Registrar|Founder|Partner|Convener|Leader|Spokesperson)\b")]
    private static partial Regex SignaturePost();

    /// <summary>The words that alone label turns ("MARCHWOOD:", "Presenter:"), as a name is written ("Marchwood").</summary>
    public static IEnumerable<string> OneWordLabels(string text) =>
        OneWordLabel().Matches(text).Select(m => CapitalsReadAsName(m.Groups["word"].Value)).Distinct(StringComparer.Ordinal);

    // "MARCHWOOD: No, I don't accept that.", "**Marchwood:** …": a turn labelled by one word, at a line's start.
    [GeneratedRegex(@"^(?:\*\*|__)?(?<word>\p{Lu}[\p{L}’'\-]+)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S", RegexOptions.Multiline)]
    private static partial Regex OneWordLabel();

    /// <summary>
    /// The full names a transcript gives in capitals on the label lines of its turns ("DR SUNITA RAVEL"), as a
    /// document's people: later turns are labelled by surname alone ("RAVEL").
    /// </summary>
    public static IEnumerable<string> CapitalLabelNames(string text) =>
        !CapitalLabelsUsed(text) ? []
            : CapitalLabelLines(text).Select(TitleCase).Where(n => StripHonorific(n).Contains(' ') && !RoleOnly().IsMatch(n));

    /// <summary>
    /// The full names a transcript gives in its labels ("JONAH PELLEGRINI:", "SAM RUDDOCK (Wexley and District NHS
    /// Trust):", "Dean Russell (Watford) (Con):"), as a document's people: later labels may use first names alone ("JONAH:").
    /// </summary>
    public static IEnumerable<string> LabelNames(string text, NameEvidence evidence)
    {
        foreach (var (start, end) in Lines(text))
        {
            if (LabelOf(text, start, text[start..end]) is not { Success: true } label) continue;
            var name = StripHonorific(Bracketed().Replace(LabelName(label), " ").Trim());
            // "Madam Speaker:" is a post, whoever holds it.
            if (name.Contains(' ') && !BareRole(name) && LooksLikeName(name, evidence)) yield return name;
        }
    }

    /// <summary>Each label that gives a full name and a bracket after it: the name, and what the bracket says ("NHS England").</summary>
    private static IEnumerable<(string Name, string Affiliation)> LabelAffiliations(string text, NameEvidence evidence)
    {
        foreach (var (start, end) in Lines(text))
        {
            if (IsMarkdownHeading(text, start) || Label().Match(text[start..end]) is not { Success: true } label) continue;
            var labelText = LabelName(label);
            var brackets = Bracketed().Matches(labelText).Select(m => m.Groups[1].Value.Trim()).ToList();
            var name = StripHonorific(Bracketed().Replace(labelText, " ").Trim());
            if (brackets.Count > 0 && name.Contains(' ') && LooksLikeName(name, evidence))
                foreach (var bracket in brackets) yield return (name, bracket);
        }
    }

    /// <summary>
    /// A label of a first name several of the document's people share ("SAM (Trust):", "SAM:"): the one whose full
    /// label's bracket it abbreviates ("Wexley and District NHS Trust", "NHSE" for "NHS England"), or nobody the
    /// document makes clear — a turn of its own, so the words are not the previous speaker's. <c>Shared</c> is false
    /// when the label is not a shared first name.
    /// </summary>
    private static (bool Shared, string? Person) SharedFirstName(string label, Dictionary<string, string> people, List<(string Name, string Affiliation)> affiliations)
    {
        var bracket = Bracketed().Match(label);
        var first = StripHonorific(Bracketed().Replace(label, " ").Trim());
        if (first.Length == 0 || first.Contains(' ')) return (false, null);
        var holders = people.Values.Distinct().Where(p => StripHonorific(p).Split(' ')[0] == first && StripHonorific(p).Contains(' ')).ToList();
        if (holders.Count < 2) return (false, null);
        if (!bracket.Success) return (true, null);
        var said = bracket.Groups[1].Value.Trim();
        var matching = holders.Where(h => affiliations.Any(a => a.Name == StripHonorific(h) && Abbreviates(said, a.Affiliation))).ToList();
        return (true, matching.Count == 1 ? matching[0] : null);
    }

    /// <summary>"Trust" for "Wexley and District NHS Trust" (its words), "NHSE" for "NHS England" (its initials, a word in capitals kept whole).</summary>
    private static bool Abbreviates(string shortForm, string full)
    {
        var fullWords = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shortWords = shortForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (shortWords.All(w => fullWords.Contains(w, StringComparer.OrdinalIgnoreCase))) return true;
        var initials = string.Concat(fullWords.Where(w => char.IsUpper(w[0])).Select(w => w.All(char.IsUpper) ? w : w[..1]));
        return shortForm.Length >= 2 && shortForm.All(char.IsUpper) && string.Equals(shortForm, initials, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a document labels its turns with names in capitals on lines of their own, as podcast, radio and some
    /// interview transcripts do. One or two capitalised headings ("NOTES TO EDITORS") are not that: it takes three label
    /// lines, one of them used again (a speaker who speaks twice).
    /// </summary>
    private static bool CapitalLabelsUsed(string text)
    {
        var labels = CapitalLabelLines(text).ToList();
        return labels.Count >= 3 && labels.GroupBy(l => l.Split(' ')[^1]).Any(g => g.Count() >= 2);
    }

    private static IEnumerable<string> CapitalLabelLines(string text)
    {
        foreach (var (start, end) in Lines(text))
        {
            var line = text[start..end].Trim();
            if (line.Length is > 0 and <= 60 && CapitalLabel().Match(line) is { Success: true } m && IsFollowedByWords(text, start))
                yield return m.Groups["label"].Value;
        }
    }

    /// <summary>Where each line of a text starts and ends (without its line break).</summary>
    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        for (var start = 0; start < text.Length; start = LineEnd(text, start) + 1)
            yield return (start, LineEnd(text, start));
    }

    /// <summary>A speaker's label at the start of a line, unless the line is a heading with a colon (Markdown, in capitals, numbered).</summary>
    private static Match LabelOf(string text, int lineStart, string line) =>
        IsMarkdownHeading(text, lineStart) || CapitalTitle(line) || NumberedHeading(line) || TopicHeading(line) ? Match.Empty : Label().Match(line);

    /// <summary>A person's turn whose words start on the line of its label, after the label.</summary>
    private static bool OpenedByLabel(SpeakerTurn turn, IReadOnlyList<TextSpan> spans) =>
        turn is { Speaker: not null, HeaderOnly: false } && turn.LabelEnd > spans[turn.FirstSpan].Start;

    /// <summary>A paragraph that is one short line, with no sentence's mark and not prose: a heading in a plain-text file.</summary>
    private static bool IsPlainHeading(string text, IReadOnlyList<TextSpan> spans, int i)
    {
        var span = spans[i];
        if ((i > 0 && spans[i - 1].Paragraph == span.Paragraph) || (i + 1 < spans.Count && spans[i + 1].Paragraph == span.Paragraph)) return false;
        var line = text[span.Start..span.End].Trim();
        return line.Length > 0 && !line.Contains('\n') && char.IsUpper(line[0]) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= PlainHeadingWords
               && TextSplitter.LastMark(line) is not ('.' or '!' or '?' or ':' or ',' or ';') && TextSplitter.LooksLikeHeading(line);
    }

    // A heading is a few words: a line longer than this is a sentence without its full stop.
    private const int PlainHeadingWords = 8;

    /// <summary>
    /// A heading written "Topic: Subtopic" on a line of its own, as written questions and Hansard's debates file them
    /// ("Artificial Intelligence: Diagnosis", "NHS App: Hospital Letters"): after the colon a short title in capitals
    /// with no sentence's mark, where a turn has words.
    /// </summary>
    private static bool TopicHeading(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var after = line[(colon + 1)..].Trim();
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Count is > 0 and <= PlainHeadingWords && !TextSplitter.IsProse(after) && TextSplitter.LastMark(after) is not ('.' or '!' or '?' or ',' or ';')
               && words.All(w => char.IsUpper(w.TrimStart('(', '‘', '\'', '"', '“')[0]) || TitleLinkWord().IsMatch(w));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:of|and|the|for|in|on|to|a|an|at|by|with|from|&)$")]
    private static partial Regex TitleLinkWord();

    /// <summary>
    /// A numbered section's heading with a colon, "4. Project Meridian: national cloud migration": what follows the colon
    /// is a heading's words, not a turn ("1. Dean Russell (Watford) (Con): What steps…?" is a numbered question).
    /// </summary>
    private static bool NumberedHeading(string line) =>
        NumberedLine().Match(line) is { Success: true } numbered && numbered.Groups["rest"].Value.Trim() is { Length: > 0 } rest
        && TextSplitter.LooksLikeHeading(rest);

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)*\.?\s+[^:\n]+:(?<rest>.*)$")]
    private static partial Regex NumberedLine();

    /// <summary>A line in capitals with a colon and three words or more after it: a title ("PRESS CONFERENCE: DIGITAL FOUNDATIONS UPDATE").</summary>
    private static bool CapitalTitle(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var after = line[(colon + 1)..];
        return after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 3 && !line.Any(char.IsLower);
    }

    /// <summary>Whether the line after the one holding a position has words (a label's turn), not a blank line.</summary>
    private static bool IsFollowedByWords(string text, int start)
    {
        var end = LineEnd(text, start);
        if (end >= text.Length) return false;
        var next = LineEnd(text, end + 1);
        return text.AsSpan(end + 1, next - end - 1).Trim().Length > 0;
    }

    /// <summary>Whether the next line with text after the one holding a position is a paragraph (three or more words), not another short line.</summary>
    private static bool IsFollowedByParagraph(string text, int start) =>
        NextTextLine(text, start) is { } line && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    /// <summary>The next line with text after the one holding a position, trimmed; null when there is none.</summary>
    internal static string? NextTextLine(string text, int start)
    {
        var end = LineEnd(text, start);
        while (end < text.Length)
        {
            var next = LineEnd(text, end + 1);
            var line = text.AsSpan(end + 1, next - end - 1).Trim();
            if (line.Length > 0) return line.ToString();
            end = next;
        }
        return null;
    }

    /// <summary>
    /// The name a label gives, read as written ("PRESENTER" as Presenter) and without the letters after it: the Senedd
    /// labels its members "Meleri Rhys MS:", Holyrood "… MSP:", Stormont "… MLA:".
    /// </summary>
    private static string LabelName(Match label) => CapitalsReadAsName(PersonNames.WithoutPostNominals(label.Groups["label"].Value.Trim()));

    /// <summary>
    /// A label's name written in capitals, as a name is written: "HOST" as "Host", "SAM RUDDOCK (Wexley and District
    /// NHS Trust)" as "Sam Ruddock (Wexley and District NHS Trust)".
    /// </summary>
    private static string CapitalsReadAsName(string label)
    {
        var bracket = label.IndexOf('(');
        var name = bracket < 0 ? label : label[..bracket];
        // The bracket is kept as written: "SAM (NHSE)" abbreviates "NHS England" in capitals.
        return name.Any(char.IsLetter) && !name.Any(char.IsLower) ? TitleCase(name) + label[name.Length..] : label;
    }

    /// <summary>"DR SUNITA RAVEL" as a name is written: "Dr Sunita Ravel"; "O'NEILL" as "O'Neill".</summary>
    private static string TitleCase(string capitals) =>
        TitleCaseWord().Replace(capitals.ToLowerInvariant(), m => m.Value.ToUpperInvariant());

    private static bool IsMarkdownHeading(string text, int start)
    {
        var lineStart = LineStart(text, start);
        return text.AsSpan(lineStart, start - lineStart).TrimStart().StartsWith("#");
    }

    /// <summary>Where the line holding a position starts.</summary>
    internal static int LineStart(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// The person a turn's label names; a bare role ("Chair", "Host") only when the document says who holds it, and a
    /// minister's post ("The Minister for Digital Health") when the document introduces one person as a minister.
    /// </summary>
    private static string? LabelSpeaker(string label, Dictionary<string, string> roles, Dictionary<string, string> people, NameEvidence evidence) =>
        BareRole(label) ? Known(MinisterPost().IsMatch(label) ? TheMinister : label, roles, people) : Person(label, roles, people, evidence);

    /// <summary>Whether the words after a label are only the labelled person's name and post ("Helen Marchbank MP, Minister of State").</summary>
    private static bool NamesItself(string afterLabel, string speaker)
    {
        var name = afterLabel.Split(',', '(')[0];
        return string.Equals(PersonNames.Clean(name), PersonNames.Clean(speaker), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A label that is a role with no name: "Chair", "Madam Speaker", "Host", "The Minister for Care".</summary>
    private static bool BareRole(string label) => RoleOnly().IsMatch(label) || MinisterPost().IsMatch(label);

    /// <summary>The person a label names: a name in brackets after a role, the name before a constituency, a role the document assigns, or a known name.</summary>
    private static string? Person(string label, Dictionary<string, string> roles, Dictionary<string, string> people, NameEvidence evidence)
    {
        label = label.Trim();
        // "Question (Rachel Ifill, Hollinsbrook ICB)": the asker is the name before the comma in the bracket.
        var brackets = Bracketed().Matches(label).Select(m => m.Groups[1].Value.Trim())
            .Select(b => b.IndexOf(',') is > 0 and var comma ? b[..comma].Trim() : b).ToList();
        var outside = WithoutBrackets(label);
        if (brackets.Count > 0)
        {
            // "The Parliamentary Under-Secretary of State (George Freeman)": the name is in brackets.
            // "Dean Russell (Watford) (Con)": the name is outside them.
            var nameOutside = !label.StartsWith("The ", StringComparison.Ordinal) && LooksLikeName(outside, evidence);
            // A name outside the brackets is the speaker's, whatever the constituency in them names ("Grace Adeyemi
            // (Hollinbrook) (Lab)" when "Hollinbrook" was taken for someone).
            if (nameOutside) return Known(outside, roles, people) ?? Canonical(outside, people);
            var candidates = brackets.Concat([outside]).ToList();
            // A person the document already names (its metadata, a list of members) before anything that merely looks like a name.
            return candidates.Select(c => Known(c, roles, people)).FirstOrDefault(k => k is not null)
                ?? candidates.Where(c => LooksLikeName(c, evidence)).Select(c => Canonical(c, people)).FirstOrDefault();
        }
        return Known(outside, roles, people) ?? (LooksLikeName(outside, evidence) ? Canonical(outside, people) : null);
    }

    /// <summary>
    /// The text outside every bracket, nested ones too: "Owen Tregarthen (Minister of State for Health (Secondary Care))"
    /// is Owen Tregarthen.
    /// </summary>
    private static string WithoutBrackets(string label)
    {
        string previous;
        do
        {
            previous = label;
            label = Bracketed().Replace(label, " ");
        }
        while (label != previous);
        return Whitespace().Replace(label, " ").Trim();
    }

    private static string? Known(string name, Dictionary<string, string> roles, Dictionary<string, string> people)
    {
        if (roles.TryGetValue(name, out var byRole)) return Canonical(byRole, people);
        var bare = StripHonorific(name);
        return (people.TryGetValue(name, out var person) || people.TryGetValue(bare, out person)) && !PeerTitles.Differ(name, person) ? person : null;
    }

    private static string Canonical(string name, Dictionary<string, string> people)
    {
        // "The Lord Bishop of Wendlebury" is Lord Bishop of Wendlebury, as "The Lord Kestrel" would be Lord Kestrel.
        if (Bishop().IsMatch(name)) name = LeadingThe().Replace(name, "");
        var bare = StripHonorific(name);
        if ((people.TryGetValue(name, out var person) || people.TryGetValue(bare, out person)) && !PeerTitles.Differ(name, person)) return person;
        // "Callum Brightwater:" labels the turns of the witness the chair calls "Mr Brightwater": the fuller name is theirs.
        if (people.TryGetValue(bare.Split(' ')[^1], out person) && !PeerTitles.Differ(name, person))
            return StripHonorific(person).Split(' ').Length < bare.Split(' ').Length ? bare : person;
        // Honorifics that are how a person is known stay (Lord Markham); Mr, Dr and the like do not.
        return KeptHonorific().IsMatch(name) ? name : bare;
    }

    /// <summary>Two or three capitalised words (after an optional honorific), the last written like a name in the corpus.</summary>
    private static bool LooksLikeName(string candidate, NameEvidence evidence)
    {
        // "The Lord Bishop of Wendlebury": a bishop sits in the Lords under the see's name.
        if (Bishop().IsMatch(candidate)) return true;
        // "Rt Hon" alone (the start of a signature, "Rt Hon Helena Marchbank MP Secretary of State…") is a style, not a name.
        if (StripHonorific(candidate.Trim() + " ").Length == 0) return false;
        var hasHonorific = Honorific().IsMatch(candidate);
        var words = StripHonorific(candidate).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Baroness Tillotson of Arnfield": a peer's territorial designation is a place, not more of the name.
        if (PeerTitles.Opens(candidate) && Array.IndexOf(words, "of") is > 0 and var of && of < words.Length - 1 && words[(of + 1)..].All(NameWord))
            words = words[..of];
        // Each word a capital then lower case: "NHS App" or "GP Services" is not a person; nor is a post or a body
        // ("Non-Executive Member (Audit and Risk)" in a table of those present).
        if (words.Length is 0 or > 4 || !words.All(NameWord) || words.Any(SpeakerAttributor.IsNotName)) return false;
        return (words.Length >= 2 || hasHonorific) && evidence.IsNameLike(words[^1]);
    }

    /// <summary>
    /// A capital then lower case, allowing the capitals inside surnames ("McCrae", "MacLeod", "O'Neill", "Smith-Jones"):
    /// "NHS" or "GPs" is not a word of a name.
    /// </summary>
    private static bool NameWord(string word) =>
        char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && (word.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’') || SurnameWithCapitals().IsMatch(word));

    [GeneratedRegex(@"^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex SurnameWithCapitals();

    /// <summary>"Steve Brine (Chair)" in a list of members: the role "Chair" is Steve Brine in this document.</summary>
    private static Dictionary<string, string> RolesNamed(string text)
    {
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in NameWithRole().Matches(text))
            roles.TryAdd(m.Groups["role"].Value, CapitalsReadAsName(m.Groups["name"].Value));
        // "Ruth Calloway MP, Parliamentary Under-Secretary of State for Digital Health…" among the witnesses, and later
        // turns labelled "The Minister:": the one person the document introduces with a minister's post is the Minister.
        // So is one a label gives a minister's post with the name in brackets ("The Minister for Digital Health and Care
        // (Hester Quarrington):"), when later labels give the post alone.
        var ministers = MinisterIntroduced().Matches(text).Concat(MinisterPostWithName().Matches(text)).Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal).ToList();
        if (ministers.Count == 1) roles.TryAdd(TheMinister, ministers[0]);
        return roles;
    }

    private const string TheMinister = "The Minister";

    // The post straight after the comma, in its own capitalised words ("Ruth Calloway MP, Parliamentary Under-Secretary of
    // State for…"): not a name addressed before a clause that mentions a minister ("…your chairmanship, Dame Winifred, and
    // I am grateful that the Minister…").
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){1,3}?)(?:\s+MP)?,\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'\-]*|of|for|and|the|&)\s+){0,8}?(?:Minister|Secretary of State|Under-Secretary)\b")]
    private static partial Regex MinisterIntroduced();

    [GeneratedRegex(@"(?:^|\n)\W*(?:The\s+)?(?:Minister|Secretary of State|Parliamentary Under-Secretary of State)\b[^()\n]{0,90}\((?<name>\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){1,3})\)")]
    private static partial Regex MinisterPostWithName();

    // A label that is a minister's post alone: "The Minister", "The Minister for Digital Health and Care".
    [GeneratedRegex(@"^(?:The\s+)?(?:Minister|Secretary of State|Parliamentary Under-Secretary of State)\b(?:\s+(?:for|of)\s+[^()]+)?$")]
    private static partial Regex MinisterPost();

    /// <summary>
    /// A short heading line, not a sentence, that ends in brackets: "… Minister for Health (Jane Doe)", or as Lords
    /// Hansard prints its labels, without a colon, "Baroness Pell (LD)" and "The Parliamentary Under-Secretary of State,
    /// Department of Health and Social Care (Lord Vennick) (Con)". The whole line is read as a label.
    /// </summary>
    private static string? HeadingNamesSpeaker(string line, Dictionary<string, string> roles, Dictionary<string, string> people)
    {
        var trimmed = line.Trim();
        // Markdown copies of Lords Hansard put the line in bold: "**Lord Penhallow (Lab)**".
        var bold = BoldLine().Match(trimmed);
        if (bold.Success) trimmed = bold.Groups["inner"].Value.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200) return null;
        // Not a numbered item's heading ("### 25/061 Electronic patient record programme (Project Kingfisher)").
        if (trimmed[^1] == ')' && TrailingBracket().IsMatch(trimmed) && !trimmed.StartsWith('#') && !trimmed.Any(char.IsDigit)) return trimmed;
        // Lords Hansard labels a bishop by the see, with no party: "The Lord Bishop of Wrexholm" on a line of its own.
        if (Bishop().IsMatch(trimmed)) return trimmed;
        // The question's first turn may have no party: "**Baroness Ellery of Wrenbridge**", a bold line that is only the
        // name of someone the document names (its metadata lists the members taking part).
        return bold.Success && Known(trimmed, roles, people) is not null ? trimmed : null;
    }

    /// <summary>The speaker of an earlier turn when a line is nothing but their name (bold or not), as labels repeat it.</summary>
    private static string? RepeatedSpeaker(string line, List<SpeakerTurn> turns, Dictionary<string, string> roles,
        Dictionary<string, string> people, NameEvidence evidence)
    {
        if (turns.Count == 0) return null;
        var trimmed = line.Trim();
        if (BoldLine().Match(trimmed) is { Success: true } bold) trimmed = bold.Groups["inner"].Value.Trim();
        if (trimmed.Length is 0 or > 60 || !LooksLikeName(trimmed, evidence)) return null;
        var person = Person(trimmed, roles, people, evidence);
        return turns.Any(t => t.Speaker == person) ? person : null;
    }

    [GeneratedRegex(@"^(?:\*\*|__)(?<inner>[^*_]+)(?:\*\*|__)$")]
    private static partial Regex BoldLine();

    private static string StripHonorific(string name) => Honorific().Replace(name, "").Trim();

    // "Q112 Chair:", "Lord Markham:", "Dean Russell (Watford) (Con):", "The Minister for Health (Jane Doe):" at a line's start.
    // Markdown copies of Hansard and committee transcripts put the label in bold: "**Q112 Chair:**", "**Anna Whitlock (Calder Vale) (Lab):**".
    // The bold closes at the label: "**Q: What is the biggest problem?**" is an interviewer's question, not a label.
    // Lords Hansard puts the label on a line of its own ("Baroness Whitcombe (Con):"), the words in the paragraphs after.
    // Oral questions number the member's first turn: "1. Sarah Linwood (Harrowfield) (Lab):", "T2. Mr Tom Aske (Wealdstone North) (Con):",
    // inside the bold or before it ("2. **Mr Gareth Tolley (Dunmere) (Con):**", escaped as Markdown writes it: "1\. **…");
    // committee transcripts number theirs the same way ("Q4 **Dr Beth Lanyon:**").
    // Some copies embolden only the name: "**Victoria Penhale** (Ashby Fields) (Con):".
    // Podcast and meeting transcripts put a time stamp before the label: "[00:12:31] Host:", "(01:15) Ruth Amankwah:", "00:41 Host:".
    [GeneratedRegex(@"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?\s+)?(?:(?:T?\d+\\?\.|Q\d+)\s+(?=\*\*|__))?(?:(?<bold>\*\*|__)\s*)?(?:(?:Q\d+|T?\d+\\?\.)\s+)?(?<label>(?:The\s+)?\p{Lu}[\p{L}’'\-\.]*(?:,?\s+(?:\p{Lu}[\p{L}’'\-\.]*|of|for|and|the|&|\([^()\n:]{1,60}\)))*)\s*(?(bold)(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|(?:\*\*|__)(?:\s*\([^()\n:]{1,60}\))+\s*:)|:)(?:\s+|\s*$)")]
    private static partial Regex Label();

    // "Asked by: Lucy Harrowgate (Brackenford East) (Lab)", "Answered by: Karen Osei-Bright, Minister of State (…)".
    [GeneratedRegex(@"^(?:\*\*|__)?(?<name>[^*_\n]{3,60}?)(?:\*\*|__)?\s*(?:—|–|-|,|\|)\s*(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$")]
    private static partial Regex CommentByline();

    [GeneratedRegex(@"^(?:\*\*|__)?(?<kind>Asked by|Tabled by|Answered by)(?:\s*:\s*|\s+)(?:\*\*|__)?(?<who>[^*_\s][^*_\n]*?)(?:\*\*|__)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenQuestionPerson();

    // The name before a role or a date after a comma ("Karen Osei-Bright, Minister of State"), brackets kept.
    [GeneratedRegex(@"^[^,;]+")]
    private static partial Regex NameBeforeRole();

    [GeneratedRegex(@"^(?:[-=_*]{3,}$|(?:UIN|Heading|Date tabled|Date answered|Answering body|Answering member|Tabling member|Grouped questions?)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExportField();

    // "Question:" and "Answer:" (alone on their line, or before the words) in a written questions export.
    [GeneratedRegex(@"^(?<part>Question|Answer)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenQuestionPart();

    // A name in capitals alone on its line, as a label: "DR SUNITA RAVEL", "RAVEL", "HOST", "O'NEILL:", "**BRACKLEY**".
    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>\p{Lu}[\p{Lu}'’\-\.]*(?:\s+\p{Lu}[\p{Lu}'’\-\.]*){0,3})\s*:?(?:\*\*|__)?$")]
    private static partial Regex CapitalLabel();

    // The letters that start a word, or a name's part after an apostrophe or a hyphen ("O'Neill", "Smith-Jones").
    [GeneratedRegex(@"(?<=^|[\s'’\-])\p{Ll}")]
    private static partial Regex TitleCaseWord();

    [GeneratedRegex(@"^\s*(?:\*\*|__)?\s*Q\d+\s+\p{Lu}")]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"^(?:The\s+|Madam\s+|Mr\s+|Madame\s+)?(?:Deputy\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor|Speaker|Presiding Officer|Interviewer|Host|Presenter|Moderator|Narrator|Question|Q|Answer)$")]
    private static partial Regex RoleOnly();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Bracketed();

    // The record's own procedural formulae (Hansard's "Question put and agreed to.", "Resolved,"; what follows "Resolved," stays the record's).
    [GeneratedRegex(@"^\s*(?:Question put(?: and agreed to)?\b|Resolved,?\s*$|Ordered,?\s*$|Motion (?:made|lapsed)\b|Division\b|Sitting (?:suspended|adjourned)\b|\[.*\]\s*$)")]
    private static partial Regex Procedure();

    // A label that names a group, not a person: "Noble Lords", "Hon. Members", "Several Members".
    [GeneratedRegex(@"\b(?:Lords|Members|Peers|Friends|Baronesses|Witnesses|Interruption|All)\s*$")]
    private static partial Regex Collective();

    [GeneratedRegex(@"\(([^()]{2,60})\)$")]
    private static partial Regex TrailingBracket();

    // A collective label alone on its line, as Lords Hansard prints it: "Noble Lords", "Hon. Members", "Several hon. Members".
    [GeneratedRegex(@"^(?:\*\*|__)?(?:(?:Several|Some)\s+)?(?:Noble|Hon\.?|Honourable|Right\s+hon\.?)\s+(?:Lords|Members|Friends|Baronesses)(?:\*\*|__)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectiveLine();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){1,3})\s+\((?<role>Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor|Speaker|Presiding Officer)\)")]
    private static partial Regex NameWithRole();

    [GeneratedRegex(@"^(?:(?:The\s+)?Rt\.?\s+Hon\.?|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr)\.?\s+")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?:Lord|Lady|Baroness|Sir|Dame)\s")]
    private static partial Regex KeptHonorific();

    [GeneratedRegex(@"^(?:The\s+)?(?:Lord\s+)?(?:Arch)?[Bb]ishop\s+of\s+\p{Lu}[\p{L}’'\-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'\-]+){0,2}$")]
    private static partial Regex Bishop();

    [GeneratedRegex(@"^The\s+")]
    private static partial Regex LeadingThe();
}
