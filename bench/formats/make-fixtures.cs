// Makes the binary reader fixtures of tests/NhsTechQA.Tests/data/formats (PDF, Word, non-UTF-8 text; qpdf for the
// encrypted PDF).
// Run from the repository root:  dotnet run bench/formats/make-fixtures.cs
// The HTML fixtures there are written by hand. All text is invented for the tests.
#:package PdfPig@0.1.16
#:package DocumentFormat.OpenXml@3.3.0

using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

var outDir = Path.GetFullPath(args.Length > 0 ? args[0] : "tests/NhsTechQA.Tests/data/formats");
Directory.CreateDirectory(outDir);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

BoardPaperPdf(Path.Combine(outDir, "board-paper.pdf"));
TwoColumnPdf(Path.Combine(outDir, "two-column.pdf"));
ScannedPdf(Path.Combine(outDir, "scanned.pdf"));
var docx = Path.Combine(outDir, "briefing.docx");
BriefingDocx(docx);
// A .docx cut off half way: a zip without its central directory.
var whole = File.ReadAllBytes(docx);
File.WriteAllBytes(Path.Combine(outDir, "corrupt.docx"), whole[..(whole.Length / 2)]);
File.WriteAllBytes(Path.Combine(outDir, "windows-1252.txt"), Encoding.GetEncoding(1252).GetBytes(
    "The minister said the \u201cdigital front door\u201d would cost \u00a32 million \u2013 a caf\u00e9-sized sum.\r\n\r\n" +
    "Patients in Devon had waited too long for their records to follow them.\r\n"));
File.WriteAllBytes(Path.Combine(outDir, "utf-16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(
    "Every trust will have an electronic patient record by March 2026 \u2013 no exceptions.\n\nThe \u00a3100 million fund is for the trusts furthest behind.\n")]);
// A password-protected PDF, made with qpdf (Debian package qpdf) from the two-column one.
try
{
    using var qpdf = System.Diagnostics.Process.Start("qpdf", ["--encrypt", "secret-user", "secret-owner", "256", "--",
        Path.Combine(outDir, "two-column.pdf"), Path.Combine(outDir, "encrypted.pdf")]);
    qpdf.WaitForExit();
}
catch (System.ComponentModel.Win32Exception)
{
    Console.WriteLine("qpdf is not installed: encrypted.pdf left as it was (apt-get install qpdf)");
}
Console.WriteLine($"fixtures written to {outDir}");

// Three pages with a running header and footer, a paragraph that runs over a page break, words hyphenated at a
// line end ("trans-formation", written whole elsewhere; "commu-nity", known only from the document hyphenating)
// and a compound broken after its hyphen ("long-term", written whole elsewhere).
static void BoardPaperPdf(string path)
{
    using var builder = new PdfDocumentBuilder();
    builder.DocumentInformation.Title = "Digital Maturity Board Paper";
    builder.DocumentInformation.Author = "Dr Priya Shah";
    builder.DocumentInformation.CreationDate = "D:20240312093000Z";
    var font = builder.AddStandard14Font(Standard14Font.Helvetica);
    var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    string[][][] pages =
    [
        [
            ["Summary of the digital maturity assessment"],
            ["Dr Priya Shah told the board that the long-term plan depends on shared records.",
             "She said the trust had completed the first phase of its digital trans-",
             "formation on time and within budget, and that clinicians now see test",
             "results within an hour."],
            ["The second phase will replace the paper drug charts that remain on",
             "four wards, and it will connect the commu-",
             "nity teams to the same"],
        ],
        [
            ["record so that district nurses no longer carry printed lists."],
            ["Risks to delivery"],
            ["The main risk is the availability of trained staff. The board agreed a",
             "long-",
             "term training budget so that every ward has a digital champion."],
        ],
        [
            ["Recommendation"],
            ["The board is asked to approve the second phase of the transformation at",
             "a cost of 4.2 million pounds over two years."],
        ],
    ];
    for (var i = 0; i < pages.Length; i++)
    {
        var page = builder.AddPage(595, 842);
        page.AddText("Northfield NHS Trust - Board Paper 14", 9, new PdfPoint(50, 810), font);
        page.AddText($"Page {i + 1} of {pages.Length}", 9, new PdfPoint(270, 30), font);
        var y = 760.0;
        foreach (var paragraph in pages[i])
        {
            var heading = paragraph.Length == 1 && !paragraph[0].EndsWith('.');
            foreach (var line in paragraph)
            {
                page.AddText(line, heading ? 14 : 11, new PdfPoint(50, y), heading ? bold : font);
                y -= heading ? 20 : 15;
            }
            y -= 14;
        }
    }
    File.WriteAllBytes(path, builder.Build());
}

// One page: a title across the top, then two columns whose sentences run over several lines each.
static void TwoColumnPdf(string path)
{
    using var builder = new PdfDocumentBuilder();
    builder.DocumentInformation.Title = "Two Columns on Shared Care Records";
    builder.DocumentInformation.Author = "The Rt Hon Alex Morgan MP";
    builder.DocumentInformation.CreationDate = "D:20230915120000Z";
    var font = builder.AddStandard14Font(Standard14Font.Helvetica);
    var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    var page = builder.AddPage(595, 842);
    page.AddText("Shared care records in every region", 16, new PdfPoint(50, 780), bold);
    string[] left =
    [
        "The left column opens the argument. Shared",
        "care records let a paramedic see the",
        "medicines a patient takes before they",
        "arrive at the door of the house.",
        "A second sentence in the left column",
        "explains that consent is recorded once",
        "and respected by every organisation.",
    ];
    string[] right =
    [
        "The right column comes after the left",
        "one. Regional records now cover forty",
        "million people across the country.",
        "The final sentence of the right column",
        "says the work will finish next year.",
    ];
    for (var i = 0; i < left.Length; i++) page.AddText(left[i], 10, new PdfPoint(50, 740 - i * 13), font);
    for (var i = 0; i < right.Length; i++) page.AddText(right[i], 10, new PdfPoint(320, 740 - i * 13), font);
    File.WriteAllBytes(path, builder.Build());
}

// A "scan": the page is one image and there is no text layer at all.
static void ScannedPdf(string path)
{
    using var builder = new PdfDocumentBuilder();
    builder.DocumentInformation.Title = "Scanned letter";
    var page = builder.AddPage(595, 842);
    page.AddPng(Png(120, 60), new PdfRectangle(50, 500, 545, 750));
    File.WriteAllBytes(path, builder.Build());
}

static void BriefingDocx(string path)
{
    using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
    var main = document.AddMainDocumentPart();
    Paragraph P(string text, string? style = null)
    {
        var p = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }
    TableCell Cell(string text) => new(P(text));
    var table = new Table(
        new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 })),
        new TableRow(Cell("Programme"), Cell("Funding")),
        new TableRow(Cell("Electronic prescribing in every hospital"), Cell("£120 million over three years")),
        new TableRow(Cell("Virtual wards for frail patients"), Cell("£45 million in 2023")));
    main.Document = new Document(new Body(
        P("Briefing on digital priorities", "Title"),
        P("What the minister will announce", "Heading1"),
        P("The minister will announce that every hospital is to have electronic prescribing by the end of 2025."),
        P("She will say that paper prescriptions cause avoidable errors and waste nurses' time."),
        P("Funding", "Heading2"),
        table,
        P("The figures in the table are subject to the spending review."),
        new SectionProperties()));
    document.PackageProperties.Title = "Briefing on digital priorities";
    document.PackageProperties.Creator = "The Rt Hon Alex Morgan MP";
    document.PackageProperties.Created = new DateTime(2023, 5, 4, 9, 0, 0, DateTimeKind.Utc);
}

// A small grey-scale PNG with stripes, encoded by hand (no imaging library needed).
static byte[] Png(int width, int height)
{
    var raw = new MemoryStream();
    for (var y = 0; y < height; y++)
    {
        raw.WriteByte(0); // filter: none
        for (var x = 0; x < width; x++) raw.WriteByte((byte)((y / 6) % 2 == 0 && x > 5 && x < width - 5 ? 40 : 240));
    }
    var compressed = new MemoryStream();
    using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw.ToArray());
    var png = new MemoryStream();
    png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    var header = new byte[13];
    BigEndian(header, 0, width); BigEndian(header, 4, height);
    header[8] = 8; header[9] = 0; // 8-bit grey-scale
    Chunk(png, "IHDR", header);
    Chunk(png, "IDAT", compressed.ToArray());
    Chunk(png, "IEND", []);
    return png.ToArray();
}

static void Chunk(Stream png, string type, byte[] data)
{
    var length = new byte[4];
    BigEndian(length, 0, data.Length);
    png.Write(length);
    var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
    png.Write(typed);
    var crc = new byte[4];
    BigEndian(crc, 0, (int)Crc32(typed));
    png.Write(crc);
}

static void BigEndian(byte[] buffer, int offset, int value)
{
    buffer[offset] = (byte)(value >> 24); buffer[offset + 1] = (byte)(value >> 16);
    buffer[offset + 2] = (byte)(value >> 8); buffer[offset + 3] = (byte)value;
}

static uint Crc32(byte[] data)
{
    var crc = 0xFFFFFFFFu;
    foreach (var b in data)
    {
        crc ^= b;
        for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}
