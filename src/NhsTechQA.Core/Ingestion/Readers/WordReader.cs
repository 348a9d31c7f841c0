using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Word (.docx) files, with DocumentFormat.OpenXml: paragraphs and headings in order, each its own block; a table's
/// cells are blocks of their own, row by row, so a cell's words never run into the next cell's sentence.
/// Metadata: title, date and address from the core properties (title, created, identifier when it is a link) or
/// from custom properties named Title, Speaker, Date, Url, Event, Type, which win when present. The speaker is the
/// custom Speaker property; failing that, the core "creator" (the author): a briefing's author is usually the
/// person whose words it holds, and the only name the file gives.
/// </summary>
public sealed class WordReader : IDocumentFormatReader
{
    // An OLE compound file: what Word writes for a password-protected document (and for the old .doc format).
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Names that editing tools put in "creator" when nobody set one.
    private static readonly HashSet<string> PlaceholderAuthors = new(StringComparer.OrdinalIgnoreCase)
    {
        "python-docx", "Microsoft Office User", "Windows User", "Unknown", "Author", "user", "admin", "Administrator", "owner",
    };

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public int Version => 6;

    public FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
            return FormatReadResult.Skip("encrypted (password-protected) or an old binary .doc file, not a .docx; save it as .docx without a password");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return FormatReadResult.Skip("not a Word document (no document body)");
            var text = new BlockTextBuilder();
            string? titleParagraph = null;
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddBlockContent(element, text, ref titleParagraph);
            }
            var extracted = text.ToString();
            if (string.IsNullOrWhiteSpace(extracted)) return FormatReadResult.Skip("empty (no text in the document)");
            return new FormatReadResult { Text = extracted, Metadata = Metadata(document, titleParagraph, extracted) };
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or InvalidOperationException
                                      or IOException or System.Xml.XmlException or ArgumentException)
        {
            return FormatReadResult.Skip($"corrupt or not a Word document ({FirstLine(e.Message)})");
        }
    }

    private static void AddBlockContent(OpenXmlElement element, BlockTextBuilder text, ref string? titleParagraph)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var content = ParagraphText(paragraph);
                text.AddBlock(content);
                if (titleParagraph is null && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Title" && content.Trim().Length > 0)
                    titleParagraph = content.Trim();
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                    foreach (var cell in row.Elements<TableCell>())
                        foreach (var child in cell.ChildElements)
                            AddBlockContent(child, text, ref titleParagraph);
                break;
            case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                foreach (var child in sdtContent.ChildElements) AddBlockContent(child, text, ref titleParagraph);
                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements) AddBlockContent(child, text, ref titleParagraph);
                break;
        }
    }

    /// <summary>The paragraph's w:t runs in order (as Word shows them), tabs as spaces, line breaks kept.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        return text.ToString();
    }

    private static DocumentMetadata Metadata(WordprocessingDocument document, string? titleParagraph, string bodyText)
    {
        var core = document.PackageProperties;
        var custom = CustomProperties(document);
        string? Custom(string name) => custom.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var title = Custom("Title") ?? NonBlank(core.Title) ?? titleParagraph;
        var speakers = new List<string>();
        string? speakerRole = null;
        if ((Custom("Speaker") ?? Custom("Speakers")) is { } speakerText)
        {
            speakers.AddRange(PersonNames.InSpeakerField(speakerText).Select(PersonNames.Clean));
            speakerRole = PersonNames.RoleInSpeakerField(speakerText);
        }
        else if (NonBlank(core.Creator) is { } creator && !PlaceholderAuthors.Contains(creator) && !PersonNames.NamesNobody(creator))
            speakers.Add(PersonNames.Clean(creator));
        // A date the paper states at its top ("Board Meeting in Public, 14 May 2025") before the file's creation date,
        // which is often the template's (python-docx stamps 23 December 2013) or the day a copy was saved.
        // A month alone at the top ("March 2026" under the title) is the paper's month, shown as such.
        var customText = Custom("Date");
        var customDate = customText is null ? null : FrontMatterReader.ParseDate(customText);
        var stated = customDate is null ? FrontMatterReader.StatedDate(bodyText) : null;
        var monthOnly = customDate is not null ? FrontMatterReader.IsMonthOnly(customText!) : stated?.MonthOnly ?? false;
        var date = customDate
                   ?? stated?.Date
                   ?? (core.Created is { } created ? DateOnly.FromDateTime(created.ToUniversalTime()) : null);
        var url = Custom("Url") ?? (NonBlank(core.Identifier) is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null);
        return new DocumentMetadata(title, speakers.Where(s => s.Length > 0).Distinct().ToList(), date, url,
            Custom("Event"), Custom("Type") ?? NonBlank(core.Category), 0) { SpeakerRole = speakerRole, MonthOnly = monthOnly };
    }

    private static Dictionary<string, string> CustomProperties(WordprocessingDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var properties = document.CustomFilePropertiesPart?.Properties;
        if (properties is null) return values;
        foreach (var property in properties.Elements<CustomDocumentProperty>())
            if (property.Name?.Value is { } name) values.TryAdd(name, property.InnerText);
        return values;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
