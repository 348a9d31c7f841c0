using NhsTechQA.Core.Ingestion.Readers;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NhsTechQA.Tests.Readers;

public sealed class PdfReaderTests
{
    [Fact]
    public async Task A_board_paper_gives_title_author_and_creation_date()
    {
        var metadata = (await FormatFixtures.DocumentAsync("board-paper.pdf")).Metadata;
        Assert.Equal("Digital Maturity Board Paper", metadata.Title);
        Assert.Equal(["Priya Shah"], metadata.Speakers);
        Assert.Equal(new DateOnly(2024, 3, 12), metadata.Date);
    }

    [Fact]
    public async Task Running_headers_and_footers_are_dropped_and_broken_words_joined()
    {
        var text = (await FormatFixtures.DocumentAsync("board-paper.pdf")).Text;
        // Dropped where they fall between paragraphs; kept in place only inside the one paragraph continued over the
        // first page break (see the test below).
        Assert.DoesNotContain("Page 2 of 3", text);
        Assert.DoesNotContain("Page 3 of 3", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Northfield NHS Trust"));
        Assert.False(text.StartsWith("Northfield", StringComparison.Ordinal));
        // "trans-" + "formation" is one word again (the paper writes "transformation"), and so is "commu-" + "nity"
        // (the paper hyphenates words); "long-" + "term" keeps its hyphen (the paper writes "long-term") and its line
        // break, as pdftotext has it: "long-\nterm" reads and tokenises as "long-term".
        Assert.Contains("completed the first phase of its digital transformation on time", text);
        Assert.Contains("it will connect the community teams", text);
        Assert.Contains("The board agreed a long-\nterm training budget", text);
        Assert.Contains("The board agreed a long-\nterm training budget so that every ward has a digital champion.",
            FormatFixtures.Sentences(await FormatFixtures.DocumentAsync("board-paper.pdf")));
        // Lines of a paragraph are joined with spaces, paragraphs and headings separated by a blank line.
        Assert.Contains("\n\nRisks to delivery\n\n", text);
        Assert.Contains("The board is asked to approve the second phase of the transformation at a cost of 4.2 million pounds over two years.", text);
    }

    [Fact]
    public async Task Every_span_has_its_page_and_a_paragraph_running_over_a_page_break_is_one_with_the_running_lines_in_place()
    {
        var document = await FormatFixtures.DocumentAsync("board-paper.pdf");
        var text = document.Text;
        Assert.Equal(3, document.PageStarts.Count);
        int Page(string passage) => document.PageAt(text.IndexOf(passage, StringComparison.Ordinal))!.Value;
        Assert.Equal(1, Page("Summary of the digital maturity assessment"));
        Assert.Equal(1, Page("The second phase will replace"));
        Assert.Equal(2, Page("record so that district nurses"));
        Assert.Equal(2, Page("Risks to delivery"));
        Assert.Equal(3, Page("Recommendation"));
        var sentence = Assert.Single(FormatFixtures.Sentences(document), s => s.StartsWith("The second phase", StringComparison.Ordinal));
        // The running footer and header between its halves stay where the PDF has them, as pdftotext reads it: a quotation
        // of the sentence is then the PDF's own text, whatever extraction a reader checks it against.
        Assert.Equal("The second phase will replace the paper drug charts that remain on four wards, and it will connect the community " +
                     "teams to the same Page 1 of 3 Northfield NHS Trust - Board Paper 14 record so that district nurses no longer carry printed lists.", sentence);
    }

    [Fact]
    public async Task A_two_column_page_reads_down_the_first_column_then_the_second()
    {
        var document = await FormatFixtures.DocumentAsync("two-column.pdf");
        var sentences = FormatFixtures.Sentences(document);
        string[] expected =
        [
            "Shared care records in every region",
            "The left column opens the argument.",
            "Shared care records let a paramedic see the medicines a patient takes before they arrive at the door of the house.",
            "A second sentence in the left column explains that consent is recorded once and respected by every organisation.",
            "The right column comes after the left one.",
            "Regional records now cover forty million people across the country.",
            "The final sentence of the right column says the work will finish next year.",
        ];
        Assert.Equal(expected, sentences);
        Assert.Equal("Two Columns on Shared Care Records", document.Metadata.Title);
        Assert.Equal(["Alex Morgan"], document.Metadata.Speakers);
        Assert.Equal(new DateOnly(2023, 9, 15), document.Metadata.Date);
        Assert.All(sentences, s => Assert.Equal(1, document.PageAt(document.Text.IndexOf(s, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_table_reads_row_by_row_each_row_a_paragraph_as_pdftotext_reads_it()
    {
        // Made with LibreOffice from HTML: a numbered table of commitments and a table of amounts between paragraphs.
        var document = await FormatFixtures.DocumentAsync("table-plan.pdf");
        var sentences = FormatFixtures.Sentences(document);
        Assert.Contains("1 One laboratory system in every hospital by June 2027", sentences);
        Assert.Contains("3 Digital slides for all cancer cases by March 2028", sentences);
        Assert.Contains("Digital slide scanners £5 million", sentences);
        Assert.Contains("2.2 Commitment 2 will be met first.", sentences);
        Assert.Contains("3.1 Funding is released each year against the milestones.", sentences);
    }

    [Fact]
    public async Task A_published_line_on_the_first_page_dates_the_document_not_the_files_creation()
    {
        // The fixture was exported in November 2026; its first page says "Published 12 March 2025".
        var document = await FormatFixtures.DocumentAsync("table-plan.pdf");
        Assert.Equal(new DateOnly(2025, 3, 12), document.Metadata.Date);
    }

    [Fact]
    public async Task A_scanned_PDF_is_skipped_as_having_no_text_layer()
    {
        var outcome = await FormatFixtures.ReadAsync("scanned.pdf");
        Assert.Null(outcome.Document);
        Assert.Equal(PdfReader.NoTextLayer, outcome.Skipped!.Reason);
        Assert.Equal("no text layer; OCR is not supported", PdfReader.NoTextLayer);
        Assert.EndsWith("scanned.pdf", outcome.Skipped.Path);
    }

    [Fact]
    public async Task A_password_protected_PDF_is_skipped_as_encrypted()
    {
        var outcome = await FormatFixtures.ReadAsync("encrypted.pdf");
        Assert.Null(outcome.Document);
        Assert.Equal("encrypted (password-protected) PDF", outcome.Skipped!.Reason);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "corrupt or unreadable PDF")]
    [InlineData("<html>not a pdf</html>", "not a PDF file")]
    public void A_broken_PDF_is_skipped_with_a_one_line_reason(string content, string reason)
    {
        var result = new PdfReader().Read("broken.pdf", System.Text.Encoding.ASCII.GetBytes(content), CancellationToken.None);
        Assert.NotNull(result.SkipReason);
        Assert.StartsWith(reason, result.SkipReason);
        Assert.DoesNotContain('\n', result.SkipReason);
    }

    [Fact]
    public void A_date_line_on_the_title_page_is_the_documents_date_not_the_day_the_file_was_made()
    {
        var result = new PdfReader().Read("plan.pdf", TitlePage("Connected Care: the plan for England",
            "Presented to Parliament by Command of His Majesty, 11 March 2025"), CancellationToken.None);
        Assert.Equal(new DateOnly(2025, 3, 11), result.Metadata.Date);
    }

    [Fact]
    public void A_published_date_after_another_sentence_on_the_title_page_is_the_documents_date()
    {
        var result = new PdfReader().Read("report.pdf", TitlePage("Joined-up care at home",
            "Ordered by the House of Commons to be printed 1 July 2025. Published on 9 July 2025 by authority of the House."), CancellationToken.None);
        Assert.Equal(new DateOnly(2025, 7, 9), result.Metadata.Date);
    }

    [Theory]
    [InlineData("November 2025", 2025, 11)]
    [InlineData("Published March 2025", 2025, 3)]
    public void A_month_alone_on_the_cover_is_the_documents_month_not_the_day_the_file_was_made(string line, int year, int month)
    {
        var result = new PdfReader().Read("strategy.pdf", TitlePage("Connected Care: a digital strategy", line), CancellationToken.None);
        Assert.Equal(new DateOnly(year, month, 1), result.Metadata.Date);
        Assert.True(result.Metadata.MonthOnly);
    }

    [Fact]
    public void A_full_date_on_the_cover_is_not_taken_for_a_month()
    {
        var result = new PdfReader().Read("plan.pdf", TitlePage("Connected Care", "Published 12 March 2025"), CancellationToken.None);
        Assert.Equal(new DateOnly(2025, 3, 12), result.Metadata.Date);
        Assert.False(result.Metadata.MonthOnly);
    }

    /// <summary>A one-page PDF made today: a title, a line under it, and a sentence of the body.</summary>
    private static byte[] TitlePage(string title, string line)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(title, 14, new PdfPoint(60, 760), font);
        page.AddText(line, 9, new PdfPoint(60, 730), font);
        page.AddText("Every trust will have a record that meets the standard by 31 March 2027.", 10, new PdfPoint(60, 690), font);
        return builder.Build();
    }
}
