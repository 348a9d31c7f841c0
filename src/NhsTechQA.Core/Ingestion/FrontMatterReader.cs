using System.Globalization;
using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Ingestion.Readers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Reads YAML front matter at the start of a Markdown or text file: a block between two "---" lines with title,
/// speaker (or speakers), date, url, event and type. Malformed front matter is a warning naming the line; the
/// document is still indexed, with its body starting after the block.
/// </summary>
public static partial class FrontMatterReader
{
    public sealed record Result(DocumentMetadata Metadata, string? Warning);

    public static Result Read(string text)
    {
        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        var open = FrontMatterOpening().Match(text, bom);
        if (!open.Success || open.Index != bom) return new Result(DocumentMetadata.Empty with { BodyStart = 0 }, null);
        var close = FrontMatterClosing().Match(text, open.Index + open.Length);
        if (!close.Success)
            return new Result(DocumentMetadata.Empty, "front matter opened with '---' on line 1 is never closed; it is read as text");
        var yaml = text[(open.Index + open.Length)..close.Index];
        var bodyStart = close.Index + close.Length;
        var firstYamlLine = 2;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
                return new Result(DocumentMetadata.Empty with { BodyStart = bodyStart }, "front matter is not a list of 'key: value' lines (line 2)");
            return FromMapping(map, bodyStart, firstYamlLine);
        }
        catch (YamlException e)
        {
            var line = e.Start.Line + firstYamlLine - 1;
            var metadata = Lenient(yaml, bodyStart);
            return new Result(metadata, $"malformed front matter at line {line}: {FirstLine(e.Message)}");
        }
    }

    private static Result FromMapping(YamlMappingNode map, int bodyStart, int firstYamlLine)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
            if (key is YamlScalarNode { Value: { } name }) values[name.Trim()] = value;
        string? warning = null;
        string? Scalar(string key) => values.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var (speakers, speakerRole, speakerRoles) = People(values, "speaker", "speakers");
        var (authors, authorRole, _) = People(values, "author", "authors");
        var dateText = Scalar("date");
        var date = dateText is null ? null : ParseDate(dateText);
        if (dateText is not null && date is null && !IsPlaceholder(dateText) && values.TryGetValue("date", out var dateNode))
            warning = $"front matter 'date' on line {dateNode.Start.Line + firstYamlLine - 1} is not a date ('{dateText}'); use YYYY-MM-DD";
        var metadata = new DocumentMetadata(Scalar("title"), speakers, date, Scalar("url"), Scalar("event"), Scalar("type"), bodyStart)
        {
            SpeakerRole = speakerRole,
            SpeakerRoles = speakerRoles,
            Authors = authors,
            AuthorRole = authorRole,
            MonthOnly = date is not null && IsMonthOnly(dateText!),
        };
        return new Result(metadata, warning);
    }

    /// <summary>
    /// The people a field names (a list, or one line: "Jane Doe, Minister for Health" or "A and B"), the role a one-line
    /// field gives, and the roles a list gives each in brackets ("Tom Ashdown (Editor, Digital Care Review)" is Tom
    /// Ashdown, the editor, so "the editor" can be resolved to him).
    /// </summary>
    private static (List<string> People, string? Role, Dictionary<string, string> Roles) People(Dictionary<string, YamlNode> values, params string[] keys)
    {
        var people = new List<string>();
        string? role = null;
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!values.TryGetValue(key, out var node)) continue;
            if (node is YamlSequenceNode list)
                foreach (var item in list.Children.OfType<YamlScalarNode>().Select(n => n.Value?.Trim()).OfType<string>())
                {
                    var (name, itemRole) = PersonNames.BracketedRole(item);
                    // One person an item: "Deborah Kline, Director of Virtual Care, Tamsford ICB" is her and her post.
                    if (itemRole is null && item.IndexOf(',') is > 0 and var comma)
                        (name, itemRole) = (item[..comma].Trim(), item[(comma + 1)..].Trim());
                    people.Add(name);
                    // Two items that name one person ("Jane Doe MP (…)", "Jane Doe (…)") give the first item's role.
                    if (itemRole is not null) roles.TryAdd(Cleaned([name]).FirstOrDefault() ?? name, itemRole);
                }
            else if (node is YamlScalarNode { Value: { } v })
            {
                people.AddRange(PersonNames.InSpeakerField(v));
                role ??= PersonNames.RoleInSpeakerField(v);
            }
        }
        return (Cleaned(people).Distinct(StringComparer.Ordinal).ToList(), role, roles);
    }

    /// <summary>Names without post-nominals ("Jane Doe MP"), less placeholders ("TBC") and empty ones.</summary>
    private static IEnumerable<string> Cleaned(IEnumerable<string> names) =>
        names.Select(WithoutPostNominals).Where(s => s.Length > 0 && !IsPlaceholder(s));

    /// <summary>When the YAML does not parse, keeps what plain "key: value" lines say, so one bad line loses nothing else.</summary>
    private static DocumentMetadata Lenient(string yaml, int bodyStart)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in KeyValueLine().Matches(yaml))
            values.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Trim().Trim('"', '\''));
        var field = values.GetValueOrDefault("speaker") ?? values.GetValueOrDefault("speakers") ?? "";
        var speakers = Cleaned(PersonNames.InSpeakerField(field)).ToList();
        var authorField = values.GetValueOrDefault("author") ?? values.GetValueOrDefault("authors") ?? "";
        var authors = Cleaned(PersonNames.InSpeakerField(authorField)).ToList();
        var dateText = values.GetValueOrDefault("date");
        var date = dateText is null ? null : ParseDate(dateText);
        return new DocumentMetadata(values.GetValueOrDefault("title"), speakers, date,
            values.GetValueOrDefault("url"), values.GetValueOrDefault("event"), values.GetValueOrDefault("type"), bodyStart)
        {
            SpeakerRole = PersonNames.RoleInSpeakerField(field),
            Authors = authors,
            AuthorRole = PersonNames.RoleInSpeakerField(authorField),
            MonthOnly = date is not null && IsMonthOnly(dateText!),
        };
    }

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffK", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "yyyy-MM", "MMMM yyyy", "yyyy"];

    /// <summary>
    /// The date of a short line near the top of a text that is, or ends with, a date ("Tuesday 10 June 2025", "Board
    /// Meeting in Public, 14 May 2025", "Published: 3rd March 2024"); null when none is. A date inside a sentence is
    /// what the text speaks of, not when it was written.
    /// </summary>
    public static DateOnly? DateLine(string text, int start = 0)
    {
        var opening = text.Substring(start, Math.Min(text.Length - start, DateLineWithin));
        return DateAtLineEnd().Match(opening) is { Success: true } line
            ? ParseDate($"{line.Groups["day"].Value} {line.Groups["month"].Value} {line.Groups["year"].Value}") : null;
    }

    private const int DateLineWithin = 800;

    // A time may follow the date ("Thursday 27 November 2025, 10:00 to 12:45", "Broadcast: 4 November 2025, 08:10").
    [GeneratedRegex(@"(?m)^[ \t*_#]*(?:[^\n.!?]{0,120}?(?:,|:|\s-|\s–)\s*|(?:Published|Updated|Date|Dated|Delivered|Held)\s+(?:on\s+)?)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>\d{4})(?:,?\s+(?:at\s+|from\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*(?:to|-|–)\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?)?[ \t*_]*\r?$")]
    private static partial Regex DateAtLineEnd();

    /// <summary>
    /// The month of a short line near the top of a text that is only a month and year, perhaps published ("November
    /// 2025" under a strategy's title, "Published March 2025"); null when none is. Read after <see cref="DateLine"/>,
    /// which gives a day.
    /// </summary>
    public static DateOnly? MonthLine(string text, int start = 0)
    {
        var opening = text.Substring(start, Math.Min(text.Length - start, DateLineWithin));
        return MonthAlone().Match(opening) is { Success: true } line ? ParseDate($"{line.Groups["month"].Value} {line.Groups["year"].Value}") : null;
    }

    [GeneratedRegex(@"(?m)^[ \t*_#]*(?:(?:Published|Updated|Date|Dated|Publication date|Date of publication)\s*:?\s*(?:on\s+|in\s+)?)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>\d{4})[ \t*_]*\r?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAlone();

    /// <summary>
    /// The date a text states near its top: a line ending in a day (<see cref="DateLine"/>), else a month alone
    /// (<see cref="MonthLine"/>), marked as a month; null when it states neither.
    /// </summary>
    public static (DateOnly Date, bool MonthOnly)? StatedDate(string text, int start = 0) =>
        DateLine(text, start) is { } day ? (day, false) : MonthLine(text, start) is { } month ? (month, true) : null;

    /// <summary>Whether a date as written gives only a month ("2025-11", "November 2025").</summary>
    public static bool IsMonthOnly(string text) => MonthOnlyText().IsMatch(text.Trim().Trim('"', '\''));

    [GeneratedRegex(@"^(?:\d{4}-\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnlyText();

    public static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim().Trim('"', '\'');
        if (DateTimeOffset.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
            return DateOnly.FromDateTime(exact.UtcDateTime);
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.UtcDateTime) : null;
    }

    /// <summary>
    /// "Helen Draycott MP", "Sir Ian Pell KC FRCP": letters after a name are not part of how the person is asked about;
    /// nor is "Rt Hon" before it, nor the "The" of "The Lord Bishop of Wendlebury" (as his turns are labelled).
    /// </summary>
    private static string WithoutPostNominals(string name) =>
        LeadingThe().Replace(RightHonourable().Replace(PostNominals().Replace(name, ""), ""), "").Trim();

    [GeneratedRegex(@"^(?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Hon(?:ourable|\.)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RightHonourable();

    [GeneratedRegex(@"^The\s+(?=\p{Lu})")]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"(?:,?\s+(?:" + PersonNames.PostNominalLetters + @"))+\s*$")]
    private static partial Regex PostNominals();

    // "(not stated)", "unknown", "n/a": a value that says there is no value.
    private static bool IsPlaceholder(string value) =>
        value.StartsWith('(') || value.Equals("unknown", StringComparison.OrdinalIgnoreCase) || value.Equals("n/a", StringComparison.OrdinalIgnoreCase)
        || value.Equals("none", StringComparison.OrdinalIgnoreCase) || value.Equals("null", StringComparison.OrdinalIgnoreCase) || value == "~";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"---[ \t]*\r?\n")]
    private static partial Regex FrontMatterOpening();

    [GeneratedRegex(@"(?m)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)")]
    private static partial Regex FrontMatterClosing();

    [GeneratedRegex(@"(?m)^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")]
    private static partial Regex KeyValueLine();
}
