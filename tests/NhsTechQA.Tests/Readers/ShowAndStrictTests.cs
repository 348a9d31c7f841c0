using System.Diagnostics;
using System.Text;

namespace NhsTechQA.Tests.Readers;

/// <summary>`nhsqa show` and `nhsqa ingest --strict`, run as real processes.</summary>
public sealed class ShowAndStrictTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();


    private Task<NhsqaRun> NhsqaAsync(params string[] args) =>
        NhsqaProcess.RunAsync(RepoPaths.Root, [.. args, "--index", Path.Combine(_work, "index")]);

    [Fact]
    public async Task Show_prints_the_extracted_text_and_exactly_the_slice_a_citation_quotes()
    {
        var document = await FormatFixtures.DocumentAsync("board-paper.pdf");
        var whole = await NhsqaAsync("show", "board-paper.pdf", "--corpus", FormatFixtures.Folder);
        Assert.Equal(0, whole.ExitCode);
        Assert.Equal(document.Text, whole.Stdout);
        var start = document.Text.IndexOf("The board agreed", StringComparison.Ordinal);
        var slice = await NhsqaAsync("show", "board-paper.pdf", "--start", start.ToString(), "--end", (start + 40).ToString(), "--corpus", FormatFixtures.Folder);
        Assert.Equal(document.Text[start..(start + 40)], slice.Stdout);
        var html = await NhsqaAsync("show", "govuk-speech.html", "--start", "0", "--end", "67", "--corpus", FormatFixtures.Folder);
        Assert.Equal("Health and Social Care Secretary speech at the Digital Wards Summit", html.Stdout);
    }

    [Theory]
    [InlineData("no document 'missing.pdf'", "missing.pdf")]
    [InlineData("scanned.pdf' is not indexed: no text layer; OCR is not supported", "scanned.pdf")]
    [InlineData("is outside 'briefing.docx'", "briefing.docx", "--start", "5", "--end", "999999")]
    public async Task Show_names_what_is_wrong_in_one_line(string message, params string[] args)
    {
        var run = await NhsqaAsync(["show", .. args, "--corpus", FormatFixtures.Folder]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Ingest_warns_about_skipped_files_and_strict_turns_that_into_exit_code_2()
    {
        var lenient = await NhsqaAsync("ingest", "--corpus", FormatFixtures.Folder);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("9 documents", lenient.Stdout);
        Assert.Contains("scanned.pdf': no text layer; OCR is not supported", lenient.Stderr);
        Assert.Contains("corrupt.docx': corrupt or not a Word document", lenient.Stderr);
        Assert.Contains("windows-1252.txt': not UTF-8; read as Windows-1252", lenient.Stderr);
        var strict = await NhsqaAsync("ingest", "--strict", "--corpus", FormatFixtures.Folder);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("--strict", strict.Stderr);

        var clean = Path.Combine(_work, "clean");
        Directory.CreateDirectory(clean);
        File.Copy(FormatFixtures.PathOf("briefing.docx"), Path.Combine(clean, "briefing.docx"));
        File.Copy(FormatFixtures.PathOf("govuk-speech.html"), Path.Combine(clean, "govuk-speech.html"));
        Assert.Equal(0, (await NhsqaAsync("ingest", "--strict", "--corpus", clean)).ExitCode);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
