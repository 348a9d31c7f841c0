namespace NhsTechQA.Core.Documents;

/// <summary>A document as read from a corpus folder. <see cref="SourceId"/> is its file name, which citations name.</summary>
public sealed record SourceDocument(string SourceId, string FullPath, string Text, string ContentHash);

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
public sealed record DocumentProfile(string SourceId, string? PrincipalSpeaker, string? Event, IReadOnlyList<string> Speakers);

/// <summary>A document that could not be indexed, with the reason a user should see.</summary>
public sealed record SkippedDocument(string Path, string Reason);
