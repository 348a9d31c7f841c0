namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// A speaker field that gives each person's role in brackets names the person once, with that role; a numbered
/// item's heading that ends in brackets is not a speaker's label (invented documents).
/// </summary>
public sealed class SpeakerFieldBracketTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["fireside.md"] = """
            ---
            title: "In conversation with Dr Ines Varga"
            speakers:
              - Rob Kettle (Editor, Care Tech Weekly)
              - Dr Ines Varga (National Director for Digital Access, NHS England)
            date: 2025-03-12
            type: transcript
            ---
            Rob Kettle: Ines, how many people use the app each month?

            Ines Varga: Just under 19 million people logged in at least once in January.
            """,
        ["minutes.md"] = """
            ---
            title: "Minutes of the Board of Directors, 8 May 2025"
            date: 2025-05-08
            type: board minutes
            ---
            ### 25/061 Electronic patient record programme (Project Heron)

            PL reported that £4.2 million of the £11.8 million capital budget had been committed to date.
            """,
    };

    [Fact]
    public void A_role_in_brackets_is_not_part_of_the_name()
    {
        var speakers = Assistant.Search.Speakers.Speakers;
        Assert.DoesNotContain(speakers, s => s.Contains('(') || s.Contains(')'));
        Assert.Single(speakers, s => s.Contains("Varga", StringComparison.Ordinal));
        Assert.Contains(speakers, s => s.Contains("Rob Kettle", StringComparison.Ordinal));
        // The role in the brackets is the person's: "the national director for digital access" is Dr Varga.
        var analyzed = Assistant.Extractive.Analyze("what did the national director for digital access say about the app?", Assistant.NewConversation());
        Assert.Contains(analyzed.Speakers, s => s.Contains("Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_list_items_naming_one_person_give_one_name_and_the_first_role()
    {
        var result = NhsTechQA.Core.Ingestion.FrontMatterReader.Read(
            "---\ntitle: T\nspeakers:\n  - Jane Doe MP (Minister for Care)\n  - Jane Doe (Chair)\n---\nBody.");
        Assert.Equal(["Jane Doe"], result.Metadata.Speakers);
        Assert.Equal("Minister for Care", result.Metadata.SpeakerRoles["Jane Doe"]);
    }

    [Fact]
    public void A_list_item_with_a_post_after_a_comma_is_one_person_and_their_post()
    {
        var result = NhsTechQA.Core.Ingestion.FrontMatterReader.Read(
            "---\ntitle: T\nspeakers:\n  - \"Leon Mbatha (host)\"\n  - \"Deborah Kline, Director of Virtual Care, Tamsford ICB\"\n  - \"Dr Arjun Sethi, GP partner, Riverside Lane Surgery\"\n---\nBody.");
        Assert.Equal(["Leon Mbatha", "Deborah Kline", "Dr Arjun Sethi"], result.Metadata.Speakers);
        Assert.Equal("Director of Virtual Care, Tamsford ICB", result.Metadata.SpeakerRoles["Deborah Kline"]);
    }

    [Fact]
    public void A_numbered_items_heading_ending_in_brackets_is_not_a_speaker()
    {
        Assert.DoesNotContain(Assistant.Search.Speakers.Speakers, s => s.Contains("Heron", StringComparison.Ordinal));
        var minute = Assistant.Search.Index.Sentences.Single(s => Assistant.Search.Index.TextOf(s).StartsWith("PL reported", StringComparison.Ordinal));
        Assert.Null(minute.Speaker);
    }
}
