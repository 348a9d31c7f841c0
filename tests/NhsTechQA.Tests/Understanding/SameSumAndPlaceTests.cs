using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>
/// Details a passage seems to give but does not: the question's own sum written another way ("£48m", "£48 million"),
/// a document's date for a date still to come, a council no document names, and a witness asked about what only
/// another spoke of (invented documents).
/// </summary>
public sealed class SameSumAndPlaceTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["speech.md"] = """
            ---
            title: "Care Tech Futures"
            speaker: Harriet Penn
            date: 2025-06-17
            type: speech transcript
            ---
            I am announcing today a Social Care Technology Fund worth £48 million over the next two years.
            Councils will be able to bid to the fund on behalf of the care providers in their area.
            Care homes will also get help with cyber security, because a home that loses its records loses its care plans.
            """,
        ["evidence.md"] = """
            ---
            title: "Health and Social Care Committee, Oral evidence: technology in adult social care"
            speakers: [Daniel Hux]
            date: 2025-03-25
            type: select committee transcript
            ---
            Witnesses: Daniel Hux, Assistant Director of Adult Social Care, Westmere County Council.

            Daniel Hux: We put falls sensors in 340 rooms during the pilot.
            """,
    };

    [Fact]
    public async Task The_questions_own_sum_written_another_way_is_not_the_part_asked_for()
    {
        var answer = await AskAsync("how much of the £48m social care technology fund is earmarked for cyber security?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedDetailMissing, answer.Status);
    }

    [Fact]
    public void A_sum_is_read_as_its_value()
    {
        Assert.Equal(48e6, AnswerabilityFeatures.SumOf("£48m"));
        Assert.Equal(48e6, AnswerabilityFeatures.SumOf("£48 million"));
        Assert.Equal(1.2e9, AnswerabilityFeatures.SumOf("£1.2bn"));
        Assert.Equal(2300, AnswerabilityFeatures.SumOf("£2,300"));
    }

    [Fact]
    public void A_dated_document_does_not_date_something_still_to_come()
    {
        var search = Assistant.Search;
        var bid = search.Index.Sentences.Single(s => search.Index.TextOf(s).StartsWith("Councils will be able to bid", StringComparison.Ordinal));
        bool Dated(string question) => AnswerabilityFeatures.CarriesDetail(search,
            Assistant.Extractive.Analyze(question, Assistant.NewConversation()), new RankedSentence(bid, 1, 0.5, 0));
        Assert.False(Dated("what date does bidding for the social care technology fund open?"));
        Assert.False(Dated("when will councils be able to bid to the fund?"));
        // Whereas the day it was said is the document's.
        Assert.True(Dated("when did Harriet Penn say councils could bid to the fund?"));
    }

    [Fact]
    public async Task A_council_no_document_names_is_not_the_one_that_does()
    {
        var answer = await AskAsync("how many rooms did eastmere county council put falls sensors in during the pilot?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedUnknownName, answer.Status);
        // The council the documents do name is answered.
        var named = await AskAsync("how many rooms did westmere county council put falls sensors in during the pilot?");
        Assert.False(named.Refused, named.Text);
        Assert.Contains("340 rooms", named.Citations[0].Quote);
    }

    [Fact]
    public async Task Words_saying_who_someone_is_or_where_they_spoke_are_not_the_topic_of_their_words()
    {
        // "From Westmere" and "the committee" say who and where; the topic, cyber security, is another's.
        var answer = await AskAsync("what did daniel hux from westmere tell the committee about cyber security in care homes?");
        Assert.True(answer.Refused, answer.Text);
        Assert.Equal(AnswerStatus.RefusedNotTheirWords, answer.Status);
        Assert.Contains("Others in them do", answer.Text);
    }
}
