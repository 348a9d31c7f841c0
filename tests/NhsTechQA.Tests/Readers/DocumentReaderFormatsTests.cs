using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Indexing;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests.Readers;

public sealed class DocumentReaderFormatsTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();

    [Fact]
    public void HTML_PDF_and_Word_are_read_by_default()
    {
        Assert.Equal([".txt", ".md", ".html", ".htm", ".pdf", ".docx"], new CorpusOptions().Extensions);
        var configured = SettingsLoader.Load([RepoPaths.Seeds], _work, Path.Combine(RepoPaths.Root, "appsettings.json")).Corpus.Extensions;
        Assert.Equal([".txt", ".md", ".html", ".htm", ".pdf", ".docx"], configured);
    }

    [Fact]
    public async Task A_folder_of_every_format_indexes_all_but_the_scan_the_corrupt_and_the_encrypted_file_each_named_with_its_reason()
    {
        var read = await new DocumentReader(new CorpusOptions()).ReadAsync([FormatFixtures.Folder], CancellationToken.None);
        Assert.Equal(
            ["board-paper.pdf", "briefing.docx", "generic-article.html", "govuk-drafted.html", "govuk-speech.html", "table-plan.pdf", "two-column.pdf", "utf-16.txt", "windows-1252.txt"],
            read.Documents.Select(d => d.SourceId).Order(StringComparer.Ordinal));
        Assert.Contains(read.Skipped, s => s.Path.EndsWith("scanned.pdf") && s.Reason == "no text layer; OCR is not supported");
        Assert.Contains(read.Skipped, s => s.Path.EndsWith("corrupt.docx") && s.Reason.StartsWith("corrupt"));
        Assert.Contains(read.Skipped, s => s.Path.EndsWith("encrypted.pdf") && s.Reason.StartsWith("encrypted"));
        Assert.Equal(3, read.Skipped.Count);
        Assert.Contains(read.Warnings, w => w.Path.EndsWith("windows-1252.txt"));
        Assert.Contains(read.Warnings, w => w.Path.EndsWith("utf-16.txt"));
    }

    [Fact]
    public async Task Oversized_and_empty_files_are_skipped_whatever_their_format()
    {
        File.Copy(FormatFixtures.PathOf("board-paper.pdf"), Path.Combine(_work, "big.pdf"));
        File.WriteAllBytes(Path.Combine(_work, "nothing.docx"), []);
        File.WriteAllText(Path.Combine(_work, "a.txt"), "The minister said the records would be shared.");
        var read = await new DocumentReader(new CorpusOptions { MaxFileBytes = 1000 }).ReadAsync([_work], CancellationToken.None);
        Assert.Equal(["a.txt"], read.Documents.Select(d => d.SourceId));
        Assert.Contains(read.Skipped, s => s.Path.EndsWith("big.pdf") && s.Reason.Contains("Corpus:MaxFileBytes"));
        Assert.Contains(read.Skipped, s => s.Path.EndsWith("nothing.docx") && s.Reason == "empty");
    }

    [Fact]
    public async Task Extraction_rules_are_part_of_an_extracted_documents_content_hash_but_not_of_plain_text()
    {
        var pdf = await FormatFixtures.DocumentAsync("board-paper.pdf");
        var bytesHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(FormatFixtures.PathOf("board-paper.pdf"))));
        Assert.NotEqual(bytesHash, pdf.ContentHash);
        File.WriteAllText(Path.Combine(_work, "a.txt"), "Plain words.");
        var plain = (await new DocumentReader(new CorpusOptions()).ReadFileAsync(Path.Combine(_work, "a.txt"), CancellationToken.None)).Document!;
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_work, "a.txt")))), plain.ContentHash);
    }

    [Fact]
    public async Task Citations_carry_the_documents_title_date_link_and_PDF_page()
    {
        var pdf = await FormatFixtures.DocumentAsync("board-paper.pdf");
        var html = await FormatFixtures.DocumentAsync("govuk-speech.html");
        Sentence At(SourceDocument d, string passage, int id)
        {
            var start = d.Text.IndexOf(passage, StringComparison.Ordinal);
            return new Sentence(id, d.SourceId, start, start + passage.Length, 0, null, AttributionKind.Narration);
        }
        var sentences = new[] { At(pdf, "Recommendation", 0), At(html, "No more phoning round.", 1) };
        var index = new CorpusIndex("f", "m", [pdf, html], [], sentences, [], [], []);
        var citations = CitationBuilder.Build(index, sentences);
        Assert.Equal(3, citations[0].Page);
        Assert.Equal("Digital Maturity Board Paper", citations[0].Title);
        Assert.Equal(new DateOnly(2024, 3, 12), citations[0].Date);
        Assert.Null(citations[0].Url);
        Assert.Null(citations[1].Page);
        Assert.Equal("https://www.gov.uk/government/speeches/digital-wards-summit-speech", citations[1].Url);
        Assert.Equal(new DateOnly(2022, 6, 29), citations[1].Date);

        var json = System.Text.Json.JsonSerializer.Serialize(NhsTechQA.Cli.CitationJson.From(citations[0]), NhsTechQA.Cli.AnswerJson.Options);
        Assert.Contains("\"title\":\"Digital Maturity Board Paper\"", json);
        Assert.Contains("\"date\":\"2024-03-12\"", json);
        Assert.Contains("\"url\":null", json);
        Assert.Contains("\"page\":3", json);
    }

    [Fact]
    public async Task A_reader_failing_on_one_file_skips_that_file_only()
    {
        File.WriteAllText(Path.Combine(_work, "odd.pdf"), "%PDF-1.4");
        File.WriteAllText(Path.Combine(_work, "a.txt"), "The minister said the records would be shared.");
        var reader = new DocumentReader(new CorpusOptions(), [new NhsTechQA.Core.Ingestion.Readers.PlainTextReader(), new ThrowingReader()]);
        var read = await reader.ReadAsync([_work], CancellationToken.None);
        Assert.Equal(["a.txt"], read.Documents.Select(d => d.SourceId));
        var skipped = Assert.Single(read.Skipped);
        Assert.EndsWith("odd.pdf", skipped.Path);
        Assert.Equal("could not be read (InvalidOperationException: reader bug)", skipped.Reason);
    }

    private sealed class ThrowingReader : NhsTechQA.Core.Ingestion.Readers.IDocumentFormatReader
    {
        public IReadOnlyList<string> Extensions { get; } = [".pdf"];
        public int Version => 1;
        public NhsTechQA.Core.Ingestion.Readers.FormatReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("reader bug\nwith a second line");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
