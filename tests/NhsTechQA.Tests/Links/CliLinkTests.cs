using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using NhsTechQA.Core.Citations;

namespace NhsTechQA.Tests.Links;

/// <summary>`nhsqa ask` as a real process: citations carry their links in the JSON and in the console output.</summary>
public sealed class CliLinkTests : IDisposable
{
    private const string PageUrl = "https://www.gov.uk/government/speeches/virtual-wards-example";
    private const string BaseUrl = "https://qa.example.nhs.uk";
    private readonly string _work = RepoPaths.NewTempFolder();
    private readonly string _corpus;

    public CliLinkTests()
    {
        _corpus = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(_corpus);
        File.WriteAllText(Path.Combine(_corpus, "web-speech.md"),
            $"---\ntitle: Virtual wards speech\nspeaker: Sam Patel\nurl: {PageUrl}\n---\nSam Patel opened the conference.\n\n" +
            "Virtual wards will treat fifty thousand patients a month by winter, Sam Patel said.\n");
        File.WriteAllText(Path.Combine(_corpus, "board-paper.md"),
            "---\ntitle: Board paper on virtual wards\n---\nThe board discussed capacity.\n\n" +
            "Virtual wards will free hospital beds in every region this winter, the paper says.\n");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private const string WebQuestion = "How many patients will virtual wards treat a month by winter?";
    private const string PaperQuestion = "What does the board paper say virtual wards will free in every region?";

    private async Task<(int ExitCode, string Stdout, string Stderr)> AskAsync(string question, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.Environment["Links__BaseUrl"] = BaseUrl;
        start.Environment["Links__SigningKey"] = LinksCorpus.SigningKey;
        start.Environment["Answering__Mode"] = "Extractive";
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "nhsqa.dll"), "ask", question,
                     "--corpus", _corpus, "--index", Path.Combine(_work, "index") }.Concat(extra))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Citations_link_to_the_page_with_a_text_fragment_or_to_the_signed_bot_page()
    {
        var citations = new List<JsonElement>();
        foreach (var question in new[] { WebQuestion, PaperQuestion })
        {
            var run = await AskAsync(question, "--json");
            Assert.True(run.ExitCode == 0, run.Stderr);
            citations.AddRange(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("citations").EnumerateArray());
        }
        Assert.Equal(2, citations.Select(c => c.GetProperty("source").GetString()).Distinct().Count());
        var signer = DocumentLinkSigner.FromKey(LinksCorpus.SigningKey);
        foreach (var citation in citations)
        {
            var source = citation.GetProperty("source").GetString()!;
            var start = citation.GetProperty("start").GetInt32();
            var end = citation.GetProperty("end").GetInt32();
            var link = citation.GetProperty("link").GetString()!;
            var text = File.ReadAllText(Path.Combine(_corpus, source));
            if (source == "web-speech.md")
            {
                Assert.StartsWith(PageUrl + "#:~:text=", link);
                var directive = TextDirective.Parse(link[(link.IndexOf(":~:", StringComparison.Ordinal) + 3)..]);
                Assert.NotNull(directive);
                Assert.Equal((start, end), TextFragment.Find(text, directive));
            }
            else
            {
                Assert.StartsWith($"{BaseUrl}/documents/board-paper.md?", link);
                var query = QueryHelpers.ParseQuery(new Uri(link).Query);
                Assert.Equal(LinkValidity.Valid, signer.Verify(source, int.Parse(query["start"]!), int.Parse(query["end"]!),
                    long.Parse(query["expires"]!), query["sig"], DateTimeOffset.UtcNow));
                Assert.Equal((start.ToString(), end.ToString()), (query["start"].ToString(), query["end"].ToString()));
            }
        }

        // The console prints each link under its quote.
        var printed = await AskAsync(PaperQuestion);
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        // on a line of its own, whole (not wrapped at the console width), so it can be clicked or copied
        var line = printed.Stdout.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/documents/", StringComparison.Ordinal));
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(BaseUrl)}/documents/board-paper\\.md\\?start=\\d+&end=\\d+&expires=\\d+&sig=[A-Za-z0-9_-]{{43}}$", line);
    }
}
