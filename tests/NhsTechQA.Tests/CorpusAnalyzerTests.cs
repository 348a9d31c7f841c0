using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Tests;

public sealed class CorpusAnalyzerTests
{
    [Theory]
    [InlineData("The £48m for digital pathology", "The £48 million for digital pathology")]
    [InlineData("a £1.2bn fund", "a £1.2 billion fund")]
    [InlineData("$250k a year", "$250 thousand a year")]
    public void Abbreviated_sums_of_money_are_analysed_as_written_out(string abbreviated, string written)
    {
        using var index = new LexicalIndex([written], new RetrievalOptions());
        Assert.Equal(index.Analyze(written), index.Analyze(abbreviated));
    }

    [Fact]
    public void Numbers_without_a_currency_sign_are_left_alone()
    {
        using var index = new LexicalIndex(["a 5m walk"], new RetrievalOptions());
        Assert.Equal(["5m", "walk"], index.Analyze("a 5m walk"));
    }

    [Fact]
    public void A_written_out_sum_is_found_by_its_abbreviation()
    {
        using var index = new LexicalIndex(["The £48 million I announced is unchanged.", "Eleven networks are digital."], new RetrievalOptions());
        var hits = index.Search(index.Analyze("Has the £48m been cut?"), 2);
        Assert.Equal(0, hits[0].Id);
    }
}
