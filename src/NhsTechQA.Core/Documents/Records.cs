namespace NhsTechQA.Core.Documents;

/// <summary>
/// A document as read from a corpus folder. <see cref="SourceId"/> is its file name, which citations name.
/// <see cref="Text"/> is the text citation offsets index (for plain files, the whole decoded file, front matter
/// included); <see cref="Metadata"/> says what the document is, and where its body starts.
/// </summary>
public sealed record SourceDocument(string SourceId, string FullPath, string Text, string ContentHash)
{
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>
    /// For paged documents (PDF): the offset in <see cref="Text"/> where each page starts, page 1 first. Empty for
    /// documents without pages.
    /// </summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    /// <summary>The 1-based page that holds the character at <paramref name="offset"/>, or null for documents without pages.</summary>
    public int? PageAt(int offset)
    {
        if (PageStarts.Count == 0) return null;
        var page = 1;
        // The last page starting at or before the offset: an empty page shares its start with the next one.
        for (var i = 0; i < PageStarts.Count && PageStarts[i] <= offset; i++) page = i + 1;
        return page;
    }
}

/// <summary>
/// What a document says about itself (YAML front matter, HTML meta tags, PDF or Word properties): its title, the
/// people whose words it records, when and where, its address and its kind. <see cref="BodyStart"/> is the offset
/// of the text after any front matter: sentences are only split from there.
/// </summary>
public sealed record DocumentMetadata(
    string? Title, IReadOnlyList<string> Speakers, DateOnly? Date, string? Url, string? Event, string? Type, int BodyStart)
{
    public static readonly DocumentMetadata Empty = new(null, [], null, null, null, null, 0);

    /// <summary>
    /// The line a file without a title field opens with ("The Frontline Digital Podcast"): named in answers and
    /// citations, but not a description that picks documents, since nothing says it is a title rather than a first line.
    /// </summary>
    public string? OpeningLine { get; init; }

    /// <summary>The title to show: the document's own, else its opening line.</summary>
    public string? ShownTitle => Title ?? OpeningLine;

    /// <summary>Organisations the document is from (GOV.UK's "From:" block), as opposed to the people who spoke.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>
    /// The role a speaker field gives the one person it names ("…, Secretary of State for Health and Social Care"); it
    /// describes <see cref="SoleSpeaker"/>, and means nothing when the metadata names several people.
    /// </summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The roles a list of speakers gives each in brackets ("Tom Ashdown (Editor, Digital Care Review)"), by name.</summary>
    public IReadOnlyDictionary<string, string> SpeakerRoles { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Who wrote the document (front matter "author"): a blog's voice when it is written in the first person. Not a
    /// speaker: a news report's author is its narrator, whose words are nobody's.
    /// </summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The role an author field gives the one person it names ("Daniel Hartigan MP, Minister of State for Care").</summary>
    public string? AuthorRole { get; init; }

    /// <summary>The document's own speaker when it names exactly one: the voice of its unquoted first-person text.</summary>
    public string? SoleSpeaker => Speakers.Count == 1 ? Speakers[0] : null;

    /// <summary>
    /// <see cref="Date"/> gives only a month ("November 2025" on a strategy's cover, "date: 2025-11"): it is held as the
    /// month's first day and shown as the month, never as a day nobody gave.
    /// </summary>
    public bool MonthOnly { get; init; }
}

/// <summary>How a document's date reads in answers and citations.</summary>
public static class DocumentDates
{
    /// <summary>"29 June 2022", or "November 2025" for a date that gives only its month.</summary>
    public static string Shown(DateOnly date, bool monthOnly) =>
        date.ToString(monthOnly ? "MMMM yyyy" : "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"2022-06-29", or "2025-11" for a month (ISO 8601's reduced precision).</summary>
    public static string Iso(DateOnly date, bool monthOnly) =>
        date.ToString(monthOnly ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Something wrong with a document that was still indexed (malformed front matter, say), for the user to fix.</summary>
public sealed record DocumentWarning(string Path, string Message);

/// <summary>How a sentence relates to its speaker: their own quoted words, a report of what they said, or narration.</summary>
public enum AttributionKind
{
    Narration = 0,
    Reported = 1,
    Direct = 2,
}

/// <summary>A sentence with exact character offsets into its document's text and the person it is attributed to, if any.</summary>
public sealed record Sentence(int Id, string SourceId, int Start, int End, int Paragraph, string? Speaker, AttributionKind Kind);

/// <summary>A run of consecutive sentences under the chunking token budget: the unit of passage retrieval.</summary>
public sealed record Chunk(int Id, string SourceId, int Start, int End, int FirstSentence, int LastSentence);

/// <summary>Who a document is mainly about and where it happened, derived from its sentences.</summary>
public sealed record DocumentProfile(string SourceId, string? PrincipalSpeaker, string? Event, IReadOnlyList<string> Speakers)
{
    /// <summary>
    /// Where someone the opening introduces works ("chief digital officer at NHS Tamsworth and Eldon ICB"): not where
    /// anything was said, so never shown as the event, but part of what the document is about.
    /// </summary>
    public string? Affiliation { get; init; }

    /// <summary>
    /// Whether the narration speaks for the document's own people: the speakers its metadata names, or else
    /// <see cref="PrincipalSpeaker"/> when they say most of its attributed words (a report of their speech). A press
    /// release quoting a chief nurse, a director and a minister is about none of them, and its narration ("the
    /// Department can confirm…") is nobody's words.
    /// </summary>
    public bool NarrationIsPrincipals { get; init; }

    /// <summary>Whether the document records its speakers' turns under labels ("Chair:", "SAM RUDDOCK (NHS England):"): everyone in it spoke at its event.</summary>
    public bool LabelledTurns { get; init; }
}

/// <summary>A document that could not be indexed, with the reason a user should see.</summary>
public sealed record SkippedDocument(string Path, string Reason);
