using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Tests.Readers;

public sealed class WordReaderTests
{
    [Fact]
    public async Task A_briefing_gives_title_author_as_speaker_and_created_date()
    {
        var metadata = (await FormatFixtures.DocumentAsync("briefing.docx")).Metadata;
        Assert.Equal("Briefing on digital priorities", metadata.Title);
        Assert.Equal(["Alex Morgan"], metadata.Speakers);
        Assert.Equal(new DateOnly(2023, 5, 4), metadata.Date);
    }

    [Fact]
    public void A_date_the_paper_states_at_its_top_wins_over_the_files_creation_date()
    {
        // A file made from a template keeps the template's creation date (python-docx stamps 23 December 2013).
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("NHS Kelby Integrated Care Board"))),
                new Paragraph(new Run(new Text("Board Meeting in Public, 14 May 2025"))),
                new Paragraph(new Run(new Text("The shared record went live on 3 March 2025 in every practice.")))));
            word.PackageProperties.Created = new DateTime(2013, 12, 23, 23, 15, 0, DateTimeKind.Utc);
        }
        var result = new WordReader().Read("board.docx", stream.ToArray(), CancellationToken.None);
        Assert.Equal(new DateOnly(2025, 5, 14), result.Metadata.Date);
    }

    [Fact]
    public async Task Paragraphs_headings_and_table_cells_come_in_order_as_blocks_of_their_own()
    {
        var document = await FormatFixtures.DocumentAsync("briefing.docx");
        Assert.Equal(
        [
            "Briefing on digital priorities", "What the minister will announce",
            "The minister will announce that every hospital is to have electronic prescribing by the end of 2025.",
            "She will say that paper prescriptions cause avoidable errors and waste nurses' time.",
            "Funding", "Programme", "Funding", "Electronic prescribing in every hospital", "£120 million over three years",
            "Virtual wards for frail patients", "£45 million in 2023",
            "The figures in the table are subject to the spending review.",
        ], FormatFixtures.Lines(document.Text));
        // A cell's words never run into the next cell's sentence.
        Assert.DoesNotContain(FormatFixtures.Sentences(document), s => s.Contains("hospital") && s.Contains("£120"));
    }

    [Fact]
    public async Task A_corrupt_docx_is_skipped_with_a_one_line_reason_naming_it()
    {
        var outcome = await FormatFixtures.ReadAsync("corrupt.docx");
        Assert.Null(outcome.Document);
        Assert.EndsWith("corrupt.docx", outcome.Skipped!.Path);
        Assert.StartsWith("corrupt or not a Word document", outcome.Skipped.Reason);
        Assert.DoesNotContain('\n', outcome.Skipped.Reason);
    }

    [Fact]
    public void A_password_protected_document_is_reported_as_encrypted()
    {
        // Word saves a password-protected .docx as an OLE compound file.
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var result = new WordReader().Read("locked.docx", compound, CancellationToken.None);
        Assert.StartsWith("encrypted", result.SkipReason);
    }
}
