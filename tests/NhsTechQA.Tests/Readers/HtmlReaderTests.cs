namespace NhsTechQA.Tests.Readers;

public sealed class HtmlReaderTests
{
    private static readonly string[] Boilerplate =
    [
        "cookie", "Cookie", "Skip to main content", "Topics", "Government activity", "Home", "Health and social care\n",
        "From:", "Delivered on", "Published", "Contents", "Related content", "parking permits", "Share this page",
        "Facebook", "Is this page useful", "Open Government Licence", "Crown copyright", "analytics", "govuk-header",
    ];

    [Fact]
    public async Task A_GOV_UK_speech_page_gives_title_date_speaker_organisation_place_link_and_type()
    {
        var document = await FormatFixtures.DocumentAsync("govuk-speech.html");
        var metadata = document.Metadata;
        Assert.Equal("Health and Social Care Secretary speech at the Digital Wards Summit", metadata.Title);
        Assert.Equal(["Alex Morgan"], metadata.Speakers);
        Assert.Equal(["Department of Health and Social Care"], metadata.Organisations);
        // The day it was delivered, not the day the page was published (30 June).
        Assert.Equal(new DateOnly(2022, 6, 29), metadata.Date);
        Assert.Equal("https://www.gov.uk/government/speeches/digital-wards-summit-speech", metadata.Url);
        Assert.Equal("transcript", metadata.Type);
        Assert.Equal("Digital Wards Summit, Manchester", metadata.Event);
        Assert.Equal(0, metadata.BodyStart);
    }

    [Fact]
    public async Task A_GOV_UK_page_keeps_only_title_summary_and_speech_with_blocks_on_their_own_lines()
    {
        var text = (await FormatFixtures.DocumentAsync("govuk-speech.html")).Text;
        foreach (var furniture in Boilerplate)
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        var lines = FormatFixtures.Lines(text);
        Assert.Equal("Health and Social Care Secretary speech at the Digital Wards Summit", lines[0]);
        Assert.Equal("The Health and Social Care Secretary set out how virtual wards and shared records will free up hospital beds.", lines[1]);
        // Headings and list items are lines of their own; white space inside a paragraph is collapsed, entities decoded.
        Assert.Contains("Beds and the front door", lines);
        Assert.Contains("Every trust will have an electronic patient record.", lines);
        Assert.Contains("Thank you for having me. It’s a pleasure to be back in Manchester.", lines);
        Assert.Contains("Virtual wards have given us the equivalent of 10,000 extra beds, and I want that number to double by 2024. " +
                        "Patients tell us they recover better at home & they sleep better too.", lines);
        Assert.Contains("“Technology is not a nice-to-have,” as one nurse put it to me.", lines);
        // Inline links stay in their sentence; a <br> is a line break.
        Assert.Contains("Shared care records mean a paramedic in Salford can see the same medicines list as a GP in Bolton.\nNo more phoning round.", text);
        Assert.True(text.IndexOf("Thank you", StringComparison.Ordinal) < text.IndexOf("Beds and the front door", StringComparison.Ordinal));
        // Blocks are separated by a blank line, so no sentence runs from one block into the next.
        var sentences = FormatFixtures.Sentences(await FormatFixtures.DocumentAsync("govuk-speech.html"));
        Assert.Contains("Every trust will have an electronic patient record.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("record.") && s.Contains("Every patient"));
    }

    [Fact]
    public async Task A_GOV_UK_page_without_links_in_its_From_block_still_gives_the_person_and_a_draft_type()
    {
        var document = await FormatFixtures.DocumentAsync("govuk-drafted.html");
        var metadata = document.Metadata;
        Assert.Equal("Minister for Health speech on artificial intelligence in screening", metadata.Title);
        Assert.Equal(["Lord Evans of Ashford"], metadata.Speakers);
        Assert.Equal(["Department of Health and Social Care"], metadata.Organisations);
        Assert.Equal(new DateOnly(2023, 11, 1), metadata.Date);
        Assert.Equal("as drafted", metadata.Type);
        Assert.Equal("https://www.gov.uk/government/speeches/ai-in-screening", metadata.Url);
        Assert.DoesNotContain("cookies", document.Text);
        Assert.DoesNotContain("Crown copyright", document.Text);
        Assert.Contains("We will put a further £21 million into these tools so that every screening service can use them.", document.Text);
    }

    [Fact]
    public async Task A_generic_article_gives_its_Open_Graph_title_published_time_and_canonical_link_and_only_the_article()
    {
        var document = await FormatFixtures.DocumentAsync("generic-article.html");
        var metadata = document.Metadata;
        Assert.Equal("Trusts told to finish record roll-out by 2026", metadata.Title);
        Assert.Equal(new DateOnly(2024, 2, 14), metadata.Date);
        Assert.Equal("https://healthtech.example/news/record-roll-out", metadata.Url);
        // The page's author is the journalist, not a speaker.
        Assert.Empty(metadata.Speakers);
        var text = document.Text;
        foreach (var furniture in new[] { "cookies", "Events", "Related stories", "car parks", "newsletter", "All rights reserved" })
            Assert.DoesNotContain(furniture, text);
        Assert.StartsWith("Trusts told to finish record roll-out by 2026\n\n", text);
        Assert.Contains("“There is no excuse left,” she said, adding that the frontline digitisation fund had been topped up.", text);
        Assert.EndsWith("Officials expect the last go-live in the spring of 2026.", text);
    }

    [Fact]
    public async Task A_page_whose_main_content_is_empty_is_skipped_with_a_reason()
    {
        var folder = RepoPaths.NewTempFolder();
        try
        {
            var path = Path.Combine(folder, "shell.html");
            await File.WriteAllTextAsync(path, "<html><head><title>Loading</title><script>app()</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
            var outcome = await new NhsTechQA.Core.Ingestion.DocumentReader(new()).ReadFileAsync(path, CancellationToken.None);
            Assert.Null(outcome.Document);
            Assert.Contains("no text", outcome.Skipped!.Reason);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_article_pages_author_name_element_is_its_author()
    {
        const string page = """
            <html><head><title>Five lessons from scaling virtual wards | LinkedIn</title></head><body>
            <main><article><header>
            <a class="author-name" href="/in/joanna-skelmore">Joanna Skelmore</a>
            <p class="author-headline">Regional Chief Digital Officer</p>
            <h1>Five lessons from scaling virtual wards</h1></header>
            <div><p>I have spent two years helping five trusts scale their virtual wards.</p></div>
            </article></main></body></html>
            """;
        var result = new NhsTechQA.Core.Ingestion.Readers.HtmlReader().Read("article.html", System.Text.Encoding.UTF8.GetBytes(page), CancellationToken.None);
        Assert.Equal(["Joanna Skelmore"], result.Metadata.Authors);
    }
}
