using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Tests;

public sealed class CorpusAnalyzerTests
{
    [Theory]
    [InlineData("The £48m for digital pathology", "The £48 million for digital pathology")]
    [InlineData("a £1.2bn fund", "a £1.2 billion fund")]
    [InlineData("$250k a year", "$250 thousand a year")]
    [InlineData("committed 1.6bn over three years", "committed £1.6 billion over three years")]
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

    [Fact]
    public void The_passages_containing_a_term_are_listed_in_order()
    {
        using var index = new LexicalIndex(["Scanners on every ward.", "No funding yet.", "The ward scanners cost £4 million."], new RetrievalOptions());
        Assert.Equal([0, 2], index.Containing(index.Analyze("scanner")[0]));
        Assert.Empty(index.Containing("dentistri"));
    }

    [Theory]
    [InlineData("3,400 outpatient appointments", "3400 outpatient appointments")]
    [InlineData("1,234,567 people", "1234567 people")]
    [InlineData("£1,200m", "£1200 million")]
    public void Thousands_separators_do_not_make_another_number(string separated, string plain)
    {
        using var index = new LexicalIndex([plain], new RetrievalOptions());
        Assert.Equal(index.Analyze(plain), index.Analyze(separated));
    }

    [Fact]
    public void A_comma_between_list_items_stays_a_separator()
    {
        using var index = new LexicalIndex(["x"], new RetrievalOptions());
        Assert.Equal(["2", "300"], index.Analyze("2, 300"));
    }

    [Theory]
    [InlineData("hospital IT systems")]
    [InlineData("NHS IT is weak")]
    [InlineData("IT leaders")]
    public void A_stop_word_in_capitals_among_other_words_is_an_acronym_and_kept(string text)
    {
        using var index = new LexicalIndex(["x"], new RetrievalOptions());
        Assert.Contains(index.Analyze(text), t => t.StartsWith("it", StringComparison.Ordinal));
        Assert.NotEqual(index.Analyze(text.Replace("IT", "it", StringComparison.Ordinal)), index.Analyze(text));
    }

    [Fact]
    public void A_heading_in_capitals_keeps_its_stop_words_out()
    {
        using var index = new LexicalIndex(["x"], new RetrievalOptions());
        Assert.Equal(index.Analyze("what it means"), index.Analyze("WHAT IT MEANS"));
    }

    [Fact]
    public void Hospital_IT_is_found_by_a_question_about_IT_not_by_one_about_it()
    {
        using var index = new LexicalIndex(["We are weak at the moment on hospital IT systems.", "It is a hospital we are proud of."], new RetrievalOptions());
        var hits = index.Search(index.Analyze("how weak is hospital IT?"), 2);
        Assert.Equal(0, hits[0].Id);
        Assert.True(hits.Count == 1 || hits[1].Score < hits[0].Score / 2);
    }
}
