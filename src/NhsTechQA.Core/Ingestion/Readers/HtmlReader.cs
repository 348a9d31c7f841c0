using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// HTML pages, with AngleSharp. Only the main content is text: on GOV.UK pages the title, the summary and the
/// body of the speech (the govspeak area); elsewhere the page's main or article element, without navigation,
/// banners, cookie notices, sidebars and footers. Blocks (paragraphs, headings, list items, cells) are separated by
/// a blank line; inside a block, white space is collapsed and nothing is dropped or reordered, so every sentence is
/// a contiguous run of the page's own text. Metadata comes from GOV.UK's meta tags and "From:" / "Delivered on:"
/// block, or from a generic page's title, Open Graph and canonical link.
/// </summary>
public sealed partial class HtmlReader : IDocumentFormatReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public int Version => 3;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    };

    // Never text: code, styling, embedded objects and the document head.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "svg", "iframe", "object", "embed", "canvas", "head", "title",
        "select", "textarea", "map",
    };

    // Page furniture around the content of a generic page (only whole blocks are removed, never words inside one).
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "form", "dialog" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog",
    };

    public FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        IHtmlDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return FormatReadResult.Skip($"not readable HTML ({e.Message})");
        }
        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var govuk = IsGovUk(document);
            var text = govuk && GovUkContent(document) is { Count: > 0 } parts
                ? Extract(parts, generic: false)
                : Extract([MainElement(document)], generic: true);
            if (string.IsNullOrWhiteSpace(text))
                return FormatReadResult.Skip("no text in the page's main content");
            return new FormatReadResult { Text = text, Metadata = Metadata(document, govuk) };
        }
    }

    // --- Content ---------------------------------------------------------------------------------------------

    private static bool IsGovUk(IHtmlDocument document) =>
        document.QuerySelector("meta[name^='govuk:']") is not null
        || document.QuerySelector(".govspeak, .gem-c-govspeak") is not null
        || (document.Title ?? "").TrimEnd().EndsWith("GOV.UK", StringComparison.Ordinal);

    /// <summary>GOV.UK: the page title, its summary and the govspeak body, in page order.</summary>
    private static List<IElement>? GovUkContent(IHtmlDocument document)
    {
        var bodies = document.QuerySelectorAll(".govspeak, .gem-c-govspeak")
            .Where(e => e.ParentElement?.Closest(".govspeak, .gem-c-govspeak") is null).ToList();
        if (bodies.Count == 0) return null;
        var root = (IElement?)document.QuerySelector("main") ?? document.Body!;
        var parts = new List<IElement>();
        if (root.QuerySelector(".gem-c-title__text, h1") is { } title) parts.Add(title);
        if (root.QuerySelector(".gem-c-lead-paragraph, .gem-c-title + p.govuk-body-l") is { } lead) parts.Add(lead);
        parts.AddRange(bodies);
        return parts.Distinct().OrderBy(DocumentIndex).ToList();
    }

    private static IElement MainElement(IHtmlDocument document)
    {
        var candidates = new[] { "main", "[role=main]", "article", "#content", "#main-content", "#main" };
        foreach (var selector in candidates)
            if (document.QuerySelector(selector) is { } element && element.TextContent.Trim().Length > 0)
                return element;
        return document.Body ?? document.DocumentElement;
    }

    private static int DocumentIndex(IElement element)
    {
        var index = 0;
        foreach (var e in element.Owner!.All)
        {
            if (e == element) return index;
            index++;
        }
        return index;
    }

    private static string Extract(IReadOnlyList<IElement> roots, bool generic)
    {
        var output = new BlockTextBuilder();
        var inline = new InlineText();
        foreach (var root in roots)
        {
            Walk(root, output, inline, generic);
            output.AddBlock(inline.Take());
        }
        return output.ToString();
    }

    private static void Walk(INode node, BlockTextBuilder output, InlineText inline, bool generic)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    inline.Append(text.Data);
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (SkippedTags.Contains(tag)) break;
                    if (tag == "br")
                    {
                        inline.LineBreak();
                        break;
                    }
                    if (!BlockTags.Contains(tag))
                    {
                        Walk(element, output, inline, generic);
                        break;
                    }
                    if (IsFurniture(element, generic)) break;
                    output.AddBlock(inline.Take());
                    Walk(element, output, inline, generic);
                    output.AddBlock(inline.Take());
                    break;
            }
        }
    }

    /// <summary>A block that is page furniture rather than content: navigation, banners, cookie notices, sharing links.</summary>
    private static bool IsFurniture(IElement element, bool generic)
    {
        var tag = element.LocalName;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role)) return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        var names = $"{element.Id} {element.ClassName}";
        if (GovUkFurniture().IsMatch(names)) return true;
        if (!generic) return false;
        if (FurnitureTags.Contains(tag)) return true;
        // A site's own header and footer; an article's header (its title and byline) is content.
        if (tag is "header" or "footer" && element.Closest("article") is null) return true;
        return GenericFurniture().IsMatch(names);
    }

    [GeneratedRegex(@"(?i)\b(?:gem-c-(?:cookie-banner|metadata|important-metadata|contents-list|print-link|share-links|contextual-sidebar|related-navigation|contextual-footer|feedback|single-page-notification-button|devolved-nations|published-dates|breadcrumbs)|govuk-(?:header|footer|skip-link|breadcrumbs|phase-banner|cookie-banner)|global-cookie-message)")]
    private static partial Regex GovUkFurniture();

    [GeneratedRegex(@"(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|breadcrumbs?|skip-?link|share|sharing|social|related|sidebar|newsletter|subscribe|advert|adverts|ads|promo|comments?|site-header|site-footer|masthead|menu|navbar|pagination)(?:$|[\s_-])")]
    private static partial Regex GenericFurniture();

    // --- Metadata --------------------------------------------------------------------------------------------

    private static DocumentMetadata Metadata(IHtmlDocument document, bool govuk)
    {
        var fields = DefinitionFields(document);
        var title = Title(document, govuk);
        var url = Clean(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? MetaContent(document, "og:url");

        string? type = null;
        DateOnly? date = null;
        if (Field(fields, "Delivered on") is { } delivered)
        {
            var m = DeliveredOn().Match(delivered);
            date = FrontMatterReader.ParseDate(m.Success ? m.Groups["date"].Value : delivered);
            type = SpeechType(m.Success ? m.Groups["note"].Value : delivered);
        }
        else if (DeliveredOnText().Match(document.Body?.TextContent ?? "") is { Success: true } m)
        {
            date = FrontMatterReader.ParseDate(m.Groups["date"].Value);
            type = SpeechType(m.Groups["note"].Value);
        }
        date ??= DateOf(MetaContent(document, "govuk:first-published-at"))
                 ?? DateOf(MetaContent(document, "article:published_time"))
                 ?? DateOf(Field(fields, "Published"))
                 ?? DateOf(PublishedText().Match(document.Body?.TextContent ?? "") is { Success: true } p ? p.Groups["date"].Value : null)
                 ?? DateOf(document.QuerySelector("main time[datetime], article time[datetime]")?.GetAttribute("datetime"));
        type ??= MetaContent(document, "govuk:format")?.Replace('_', ' ')
                 ?? (title is not null && SpeechTitle().IsMatch(title) ? SpeechType(title) : null);

        var (people, organisations) = FromBlock(document, fields);
        var place = Field(fields, "Location");
        var byline = govuk ? null : Byline(document);
        return new DocumentMetadata(title, people, date, url, place, type, 0)
        {
            Organisations = organisations,
            // A blog's author (its byline): whose first person the post is, when it is mostly in the first person.
            Authors = byline is { } b ? [b.Name] : [],
            AuthorRole = byline?.Role,
        };
    }

    /// <summary>
    /// A generic page's one author: its author meta tag, or the byline in its article ("By Rachel Onwuachi MP, Minister
    /// of State for Digital Health and Care"), with the role after the name. Null unless it reads as one person's name.
    /// </summary>
    private static (string Name, string? Role)? Byline(IHtmlDocument document)
    {
        var root = MainElement(document);
        var written = MetaContent(document, "author")
                      ?? Clean(root.QuerySelector("[rel~=author], [itemprop=author], .author, .byline, [class*=\"author-name\"], [class*=\"author__name\"]")?.TextContent);
        if (written is null) return null;
        written = ByPrefix().Replace(written, "");
        if (PersonNames.InSpeakerField(written).ToList() is not [var field] || PersonNames.Clean(field) is not { } name || !OnePersonName().IsMatch(name))
            return null;
        return (name, PersonNames.RoleInSpeakerField(written));
    }

    [GeneratedRegex(@"^\s+[|–—-]\s+\S")]
    private static partial Regex SiteNameSeparator();

    [GeneratedRegex(@"^\s*By\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$")]
    private static partial Regex OnePersonName();

    private static string? Title(IHtmlDocument document, bool govuk)
    {
        if (govuk && document.QuerySelector("main .gem-c-title__text, main h1") is { } heading && Clean(heading.TextContent) is { } h)
            return h;
        var title = MetaContent(document, "og:title") ?? Clean(document.Title);
        if (title is not null && title.EndsWith(" - GOV.UK", StringComparison.Ordinal)) title = title[..^" - GOV.UK".Length].TrimEnd();
        var pageHeading = Clean(document.QuerySelector("h1")?.TextContent);
        // "Virtual wards are here to stay | Ministers' Blog": the page's heading, without the site's name after it.
        if (title is not null && pageHeading is not null && title.Length > pageHeading.Length && title.StartsWith(pageHeading, StringComparison.Ordinal)
            && SiteNameSeparator().IsMatch(title[pageHeading.Length..])) return pageHeading;
        return title ?? pageHeading;
    }

    /// <summary>Label → value pairs of the page's definition lists ("From:", "Published", "Delivered on:", "Location:").</summary>
    private static List<(string Label, IElement Value)> DefinitionFields(IHtmlDocument document)
    {
        var fields = new List<(string, IElement)>();
        foreach (var term in document.QuerySelectorAll("dt"))
        {
            var label = Clean(term.TextContent)?.TrimEnd(':').Trim();
            if (label is null) continue;
            for (var next = term.NextElementSibling; next is { LocalName: "dd" }; next = next.NextElementSibling)
                fields.Add((label, next));
        }
        return fields;
    }

    private static string? Field(List<(string Label, IElement Value)> fields, string label) =>
        fields.Where(f => f.Label.Equals(label, StringComparison.OrdinalIgnoreCase)).Select(f => Clean(f.Value.TextContent)).FirstOrDefault(v => v is not null);

    /// <summary>GOV.UK's "From:" block: people (links to /government/people/) and organisations.</summary>
    private static (List<string> People, List<string> Organisations) FromBlock(IHtmlDocument document, List<(string Label, IElement Value)> fields)
    {
        var people = new List<string>();
        var organisations = new List<string>();
        var from = fields.Where(f => f.Label.Equals("From", StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).ToList();
        foreach (var value in from)
        {
            var links = value.QuerySelectorAll("a[href]").ToList();
            if (links.Count > 0)
            {
                foreach (var link in links)
                {
                    var name = Clean(link.TextContent);
                    if (name is null) continue;
                    var href = link.GetAttribute("href") ?? "";
                    if (href.Contains("/people/", StringComparison.OrdinalIgnoreCase) || (!href.Contains("/organisations/", StringComparison.OrdinalIgnoreCase) && LooksLikePerson(name)))
                        people.Add(PersonNames.Clean(name));
                    else
                        organisations.Add(name);
                }
            }
            else if (Clean(value.TextContent) is { } text)
            {
                SplitFromText(text, people, organisations);
            }
        }
        if (from.Count == 0 && FromText().Match(document.Body?.TextContent ?? "") is { Success: true } m)
            SplitFromText(m.Groups["from"].Value.Trim(), people, organisations);
        return (people.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                organisations.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>"Department of Health and Social Care and The Rt Hon Sajid Javid MP" without links: the styled people are found first.</summary>
    private static void SplitFromText(string text, List<string> people, List<string> organisations)
    {
        var rest = text;
        foreach (Match m in StyledPerson().Matches(text))
        {
            people.Add(PersonNames.Clean(m.Value));
            rest = rest.Replace(m.Value, ",");
        }
        foreach (var part in rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var organisation = LeadingOrTrailingAnd().Replace(part, "").Trim();
            if (organisation.Length > 0) organisations.Add(organisation);
        }
    }

    private static bool LooksLikePerson(string name) => StyledPerson().IsMatch(name);

    /// <summary>The kind of speech text GOV.UK says it is.</summary>
    private static string? SpeechType(string note)
    {
        var lower = note.ToLowerInvariant();
        if (lower.Contains("transcript")) return "transcript";
        if (lower.Contains("speaking notes") || lower.Contains("speaker's notes") || lower.Contains("speaker’s notes") || lower.Contains("speakers' notes")) return "speaking notes";
        if (lower.Contains("as drafted") || lower.Contains("original script") || lower.Contains("draft")) return "as drafted";
        return null;
    }

    private static string? MetaContent(IHtmlDocument document, string key) =>
        document.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)) is { } meta
            ? Clean(meta.GetAttribute("content")) : null;

    private static DateOnly? DateOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : FrontMatterReader.ParseDate(text);

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var cleaned = Whitespace().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A title that says what kind of speech text the page is: "… (as drafted)", "… transcript", "… speaking notes".
    [GeneratedRegex(@"(?i)\bas drafted\b|\btranscript\b|\bspeaking notes\b")]
    private static partial Regex SpeechTitle();

    [GeneratedRegex(@"^\s*(?<date>\d{1,2}\s+\p{L}+\s+\d{4})\s*(?:\((?<note>[^)]*)\))?")]
    private static partial Regex DeliveredOn();

    [GeneratedRegex(@"Delivered on:?\s*(?<date>\d{1,2}\s+\p{L}+\s+\d{4})\s*(?:\((?<note>[^)]*)\))?")]
    private static partial Regex DeliveredOnText();

    [GeneratedRegex(@"\bPublished:?\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4})")]
    private static partial Regex PublishedText();

    [GeneratedRegex(@"\bFrom:\s*(?<from>[^\n]+)")]
    private static partial Regex FromText();

    [GeneratedRegex(@"(?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Honourable)\s+(?:(?:Sir|Dame|Dr\.?|Lord|Baroness)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s+(?:MP|KC|QC|CBE|OBE|MBE))?|\b(?:Lord|Baroness)\s+\p{Lu}[\p{L}'’-]+(?:\s+of\s+\p{Lu}[\p{L}'’-]+)?|\b\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+MP\b")]
    private static partial Regex StyledPerson();

    [GeneratedRegex(@"^(?:and\s+)+|(?:\s+and)+$")]
    private static partial Regex LeadingOrTrailingAnd();
}
