using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace NhsTechQA.Tests.Links;

/// <summary>
/// The bot as its own process (local development mode, no app id: the page is authenticated by its signature alone)
/// over <see cref="LinksCorpus"/>, and headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.
/// </summary>
public sealed class DocumentPageBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _index = RepoPaths.NewTempFolder();
    private readonly StringBuilder _botOutput = new();
    private Process? _bot;
    private IPlaywright? _playwright;

    public LinksCorpus Corpus { get; } = new();
    public string BaseUrl { get; } = $"http://127.0.0.1:{Ports.Free()}";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // No silent skip: without Chromium these tests fail and say why.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; the document page tests need it (apt-get install -y chromium, as .ci/run does)");
        StartBot();
        await WaitForBotAsync();
        _playwright = await Playwright.CreateAsync();
        try
        {
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium at {ChromiumPath} could not be started by Playwright: {e.Message}", e);
        }
    }

    private void StartBot()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NhsTechQA.Bot.dll"), "--urls", BaseUrl }) start.ArgumentList.Add(arg);
        start.Environment["Index__Folder"] = _index;
        start.Environment["Corpus__Folders__0"] = Corpus.Folder;
        start.Environment["Answering__Mode"] = "Extractive";
        start.Environment["Links__SigningKey"] = LinksCorpus.SigningKey;
        start.Environment["Links__BaseUrl"] = BaseUrl;
        _bot = Process.Start(start)!;
        _bot.OutputDataReceived += (_, e) => { lock (_botOutput) _botOutput.AppendLine(e.Data); };
        _bot.ErrorDataReceived += (_, e) => { lock (_botOutput) _botOutput.AppendLine(e.Data); };
        _bot.BeginOutputReadLine();
        _bot.BeginErrorReadLine();
    }

    private async Task WaitForBotAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_bot!.HasExited) throw new InvalidOperationException($"the bot exited with code {_bot.ExitCode}: {BotOutput}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the bot did not load its index within 120 s: {BotOutput}");
    }

    public string BotOutput
    {
        get { lock (_botOutput) return _botOutput.ToString(); }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_bot is not null)
        {
            if (!_bot.HasExited) _bot.Kill(entireProcessTree: true);
            await _bot.WaitForExitAsync();
            _bot.Dispose();
        }
        Corpus.Dispose();
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }
}

public sealed class DocumentPageBrowserTests(DocumentPageBrowserFixture fixture) : IClassFixture<DocumentPageBrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _dialogs = [];

    public async Task InitializeAsync()
    {
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 700 } });
        _page = await _context.NewPageAsync();
        _page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs) _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public async Task DisposeAsync() => await _context.CloseAsync();

    private LinksCorpus Corpus => fixture.Corpus;

    private async Task<IResponse> OpenAsync(string path)
    {
        var response = await _page.GotoAsync(fixture.BaseUrl + path);
        Assert.NotNull(response);
        return response;
    }

    [Fact]
    public async Task The_highlighted_span_is_the_cited_text_and_is_scrolled_into_view()
    {
        var response = await OpenAsync(Corpus.SignedPath(LinksCorpus.Briefing, LinksCorpus.CitedSentence));
        Assert.Equal(200, response.Status);

        var marks = _page.Locator("mark");
        Assert.Equal(1, await marks.CountAsync());
        Assert.Equal(LinksCorpus.CitedSentence, await _page.Locator("mark#cited").TextContentAsync());
        Assert.True(await _page.EvaluateAsync<bool>(
            "() => { const r = document.getElementById('cited').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }"),
            "the cited passage is not inside the viewport");
        // It was scrolled to: at the top of the page the passage is far below the first screen.
        Assert.True(await _page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page was not scrolled");
        await _page.EvaluateAsync("() => window.scrollTo(0, 0)");
        Assert.True(await _page.EvaluateAsync<bool>("() => document.getElementById('cited').getBoundingClientRect().top > window.innerHeight"),
            "the corpus is too short for this test: the passage is visible without scrolling");

        // The page itself: title, headings and paragraphs kept, NHS blue links, one reading column.
        Assert.Equal(LinksCorpus.BriefingTitle, await _page.Locator("main h1").TextContentAsync());
        Assert.Equal("Referrals", await _page.Locator("main h3", new() { HasText = "Referrals" }).TextContentAsync());
        Assert.Equal(2, await _page.Locator("main ul li").CountAsync());
        Assert.True(await _page.Locator("main p").CountAsync() > 30);
        Assert.Equal("rgb(0, 94, 184)", await _page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main a')).color"));
        Assert.Equal("cited", await _page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task The_response_carries_the_security_headers()
    {
        var response = await OpenAsync(Corpus.SignedPath(LinksCorpus.Briefing, LinksCorpus.CitedSentence));
        var headers = await response.AllHeadersAsync();
        Assert.StartsWith("default-src 'none'", headers["content-security-policy"]);
        Assert.Contains("script-src 'nonce-", headers["content-security-policy"]);
        Assert.DoesNotContain("unsafe", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Contains("private", headers["cache-control"]);
        Assert.StartsWith("text/html", headers["content-type"]);
    }

    [Fact]
    public async Task A_document_with_markup_renders_as_inert_text()
    {
        var response = await OpenAsync(Corpus.SignedPath(LinksCorpus.Hostile, LinksCorpus.HostileSentence));
        Assert.Equal(200, response.Status);
        await _page.WaitForTimeoutAsync(500); // time for anything that could fire (it must not)

        Assert.Empty(_dialogs);
        Assert.Equal(LinksCorpus.HostileSentence, await _page.Locator("mark#cited").TextContentAsync());
        // The page's own script is the only one; no element came from the document.
        Assert.Equal(1, await _page.EvaluateAsync<int>("() => document.querySelectorAll('script').length"));
        Assert.False(await _page.EvaluateAsync<bool>("() => document.querySelector('script').textContent.includes('alert')"));
        Assert.Equal(0, await _page.EvaluateAsync<int>("() => document.querySelectorAll('main img, main style, main script, main a[href^=\"javascript\"]').length"));
        var text = await _page.Locator("main").TextContentAsync();
        Assert.Contains("<img src=x onerror=\"alert(2)\">", text);
        Assert.Contains("</mark></p><script>alert(3)</script>", text);
        Assert.Contains("&lt;b&gt;", text);
        Assert.True(await _page.Locator("main").IsVisibleAsync());
    }

    [Fact]
    public async Task A_tampered_link_gets_403_and_no_document_text()
    {
        var (start, end) = Corpus.Span(LinksCorpus.Briefing, LinksCorpus.CitedSentence);
        var expires = DateTimeOffset.UtcNow.AddHours(1);
        var signature = Corpus.Signer.Sign(LinksCorpus.Briefing, start, end, expires.ToUnixTimeSeconds());
        var otherSignature = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        string[] tampered =
        [
            Corpus.SignedPath(LinksCorpus.Briefing, start, end, expires, otherSignature),
            Corpus.SignedPath(LinksCorpus.Briefing, start, end + 40, expires, signature),
            Corpus.SignedPath(LinksCorpus.Briefing, start, end, expires.AddDays(30), signature),
            Corpus.SignedPath(LinksCorpus.Hostile, start, end, expires, signature),
            $"/documents/{LinksCorpus.Briefing}?start={start}&end={end}",
            $"/documents/{LinksCorpus.Briefing}",
        ];
        foreach (var path in tampered) await AssertForbiddenAsync(path);
    }

    [Fact]
    public async Task An_expired_link_gets_403_and_no_document_text()
    {
        var (start, end) = Corpus.Span(LinksCorpus.Briefing, LinksCorpus.CitedSentence);
        await AssertForbiddenAsync(Corpus.SignedPath(LinksCorpus.Briefing, start, end, DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    [Fact]
    public async Task An_unknown_source_is_404_without_echoing_it()
    {
        const string unknown = "not-in-the-index-7f3a.md";
        var response = await OpenAsync(Corpus.SignedPath(unknown, 0, 10, DateTimeOffset.UtcNow.AddHours(1)));
        Assert.Equal(404, response.Status);
        Assert.DoesNotContain("not-in-the-index", await response.TextAsync());
    }

    private async Task AssertForbiddenAsync(string path)
    {
        var response = await OpenAsync(path);
        Assert.Equal(403, response.Status);
        var body = await response.TextAsync();
        Assert.DoesNotContain("referral", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Briefing", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(LinksCorpus.Briefing, body);
        Assert.DoesNotContain("Update 1", body);
        Assert.Equal(0, await _page.Locator("mark").CountAsync());
    }
}
