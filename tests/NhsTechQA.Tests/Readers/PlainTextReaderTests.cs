using System.Text;
using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Tests.Readers;

public sealed class PlainTextReaderTests
{
    [Fact]
    public async Task Windows_1252_text_is_decoded_and_read_with_a_warning_naming_the_encoding()
    {
        var outcome = await FormatFixtures.ReadAsync("windows-1252.txt");
        Assert.NotNull(outcome.Document);
        Assert.StartsWith("The minister said the “digital front door” would cost £2 million – a café-sized sum.", outcome.Document!.Text);
        Assert.Contains("Windows-1252", outcome.Warning);
    }

    [Fact]
    public async Task UTF_16_text_with_a_byte_order_mark_is_decoded_and_read_with_a_warning()
    {
        var outcome = await FormatFixtures.ReadAsync("utf-16.txt");
        Assert.StartsWith("Every trust will have an electronic patient record by March 2026 – no exceptions.", outcome.Document!.Text);
        Assert.Contains("UTF-16", outcome.Warning);
        Assert.Contains("The £100 million fund is for the trusts furthest behind.", FormatFixtures.Sentences(outcome.Document));
    }

    [Fact]
    public void UTF_8_is_read_as_is_with_its_byte_order_mark_kept_and_no_warning()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Notes\n---\nThe fund is £3 million.")).ToArray();
        var result = new PlainTextReader().Read("notes.md", bytes, CancellationToken.None);
        Assert.Null(result.Warning);
        Assert.Equal('\uFEFF', result.Text[0]);
        Assert.Equal("Notes", result.Metadata.Title);
        Assert.Equal("The fund is £3 million.", result.Text[result.Metadata.BodyStart..]);
    }

    [Theory]
    [InlineData("Health Committee\n\nOral evidence: records\n\nTuesday 10 June 2025\n\nQ1 Chair: Good morning.", "2025-06-10")]
    [InlineData("PRESS RELEASE\n3rd March 2024\n\nThe trust said the system was live.", "2024-03-03")]
    // A time after the date: a broadcast, a meeting's hours.
    [InlineData("RADIO BREAKFAST\nBroadcast: Tuesday 4 November 2025, 08:10\n\nPRESENTER: Good morning.", "2025-11-04")]
    [InlineData("Minutes of the Board\nThursday 27 November 2025, 10:00 to 12:45\n\nThe Chair welcomed members.", "2025-11-27")]
    // A date inside a sentence is what the text speaks of, not the document's date.
    [InlineData("The system went live on 10 June 2025 across the trust.", null)]
    // Front matter's date stands.
    [InlineData("---\ndate: 2025-01-02\n---\nTuesday 10 June 2025\n\nQ1 Chair: Good morning.", "2025-01-02")]
    public void A_date_on_a_line_of_its_own_near_the_top_is_the_documents_date(string text, string? date)
    {
        var result = new PlainTextReader().Read("evidence.txt", Encoding.UTF8.GetBytes(text), CancellationToken.None);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), result.Metadata.Date);
    }

    [Theory]
    [InlineData("The Frontline Digital Podcast\nEpisode 47: AI scribes\nHost: Jonah Pellegrini\n\nJONAH: Hello.", "The Frontline Digital Podcast")]
    [InlineData("# Ward round notes\n\nThe system is live.", "Ward round notes")]
    // A turn, a sentence or a date is no title.
    [InlineData("PRESENTER: Good morning. With me is the trust's medical director.", null)]
    [InlineData("The system went live on 10 June 2025 across the trust.", null)]
    [InlineData("Tuesday 10 June 2025\n\nQ1 Chair: Good morning.", null)]
    // A title field stands, and is the only title.
    [InlineData("---\ntitle: Oral evidence\n---\nHealth Committee\n\nQ1 Chair: Good morning.", null)]
    public void The_opening_line_of_a_file_without_a_title_is_shown_as_its_title_without_becoming_one(string text, string? opening)
    {
        var result = new PlainTextReader().Read("transcript.txt", Encoding.UTF8.GetBytes(text), CancellationToken.None);
        Assert.Equal(opening, result.Metadata.OpeningLine);
        if (opening is not null)
        {
            Assert.Null(result.Metadata.Title);
            Assert.Equal(opening, result.Metadata.ShownTitle);
        }
    }
}
