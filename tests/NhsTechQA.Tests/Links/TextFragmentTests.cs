using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Links;

/// <summary>
/// Text fragments against the examples of the URL Fragment Text Directives specification (WICG, "Text Fragments",
/// https://wicg.github.io/scroll-to-text-fragment/) and its rules for encoding, ranges and context.
/// </summary>
public sealed class TextFragmentTests
{
    private static readonly LinksOptions Options = new();

    [Fact]
    public void The_exact_match_example_encodes_as_the_specification_writes_it()
    {
        // Syntax section: #:~:text=an%20example%20text%20fragment is the exact text "an example text fragment".
        Assert.Equal("text=an%20example%20text%20fragment", new TextDirective("an example text fragment").ToString());
        Assert.Equal(new TextDirective("an example text fragment"), TextDirective.Parse("text=an%20example%20text%20fragment"));
    }

    [Fact]
    public void The_range_example_runs_from_the_first_start_to_the_following_end()
    {
        // #:~:text=an%20example,text%20fragment: the first "an example" until the following first "text fragment".
        var directive = TextDirective.Parse("text=an%20example,text%20fragment");
        Assert.Equal(new TextDirective("an example", "text fragment"), directive);
        const string page = "This is an example of a long text fragment, and another text fragment.";
        var match = TextFragment.Find(page, directive!);
        Assert.Equal("an example of a long text fragment", page[match!.Value.Start..match.Value.End]);
    }

    [Fact]
    public void The_context_example_matches_only_with_its_prefix_and_suffix()
    {
        // #:~:text=this%20is-,an%20example,-text%20fragment matches "an example" in "this is an example text
        // fragment" but not in "here is an example text".
        var directive = TextDirective.Parse("text=this%20is-,an%20example,-text%20fragment")!;
        Assert.Equal(new TextDirective("an example", Prefix: "this is", Suffix: "text fragment"), directive);
        Assert.Equal("text=this%20is-,an%20example,-text%20fragment", directive.ToString());
        const string matching = "this is an example text fragment";
        Assert.Equal((8, 18), TextFragment.Find(matching, directive));
        Assert.Null(TextFragment.Find("here is an example text", directive));
    }

    [Fact]
    public void The_parse_example_gives_prefix_start_and_end()
    {
        // "text=prefix-,foo,bar" parses to ("prefix", "foo", "bar", null).
        Assert.Equal(new TextDirective("foo", "bar", "prefix", null), TextDirective.Parse("text=prefix-,foo,bar"));
    }

    [Theory]
    [InlineData("text=")]
    [InlineData("text=a,b,c,d,e")]
    [InlineData("text=a,,b")]
    [InlineData("text=-a-")]
    [InlineData("text=a-b")]
    [InlineData("text=a&b")]
    [InlineData("text=a%2")]
    [InlineData("txt=a")]
    public void Directives_outside_the_grammar_do_not_parse(string input) => Assert.Null(TextDirective.Parse(input));

    [Fact]
    public void The_bidi_example_percent_encodes_utf8_in_logical_order()
    {
        // BiDi section: "مصر" preceded by "البحرين" is :~:text=%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-,%D9%85%D8%B5%D8%B1
        // (the specification's encoding of مِصر leaves out its kasra, so the word is written here without it).
        var directive = new TextDirective("\u0645\u0635\u0631", Prefix: "\u0627\u0644\u0628\u062D\u0631\u064A\u0646");
        Assert.Equal("text=%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-,%D9%85%D8%B5%D8%B1", directive.ToString());
    }

    [Fact]
    public void The_exact_match_sentence_example_is_reproduced_with_its_hyphen_encoded()
    {
        // "Prefer Exact Matching To Range-based": the whole sentence as one exact term. The specification's URL leaves
        // the '-' of "Wynn-Williams" bare, which its own grammar (TextDirectiveExplicitChar) does not allow, so the
        // generator writes it as %2D; everything else is the specification's string.
        const string sentence = "The first recorded idea of using digital electronics for computing was the 1931 paper \"The Use of Thyratrons for High Speed Automatic Counting of Physical Phenomena\" by C. E. Wynn-Williams";
        const string specification = "text=The%20first%20recorded%20idea%20of%20using%20digital%20electronics%20for%20computing%20was%20the%201931%20paper%20%22The%20Use%20of%20Thyratrons%20for%20High%20Speed%20Automatic%20Counting%20of%20Physical%20Phenomena%22%20by%20C.%20E.%20Wynn-Williams";
        var generated = TextFragment.Create(sentence, 0, sentence.Length, Options);
        Assert.Null(generated.TextEnd);
        Assert.Equal(specification.Replace("Wynn-Williams", "Wynn%2DWilliams"), generated.ToString());
        // and its range form, #:~:text=The%20first%20recorded,Williams, finds the same sentence
        Assert.Equal((0, sentence.Length), TextFragment.Find(sentence, TextDirective.Parse("text=The%20first%20recorded,Williams")!));
    }

    [Fact]
    public void Commas_dashes_and_ampersands_in_terms_are_always_encoded()
    {
        // The syntax section: '-', '&' and ',' in text parameters must be percent-encoded. The specification's
        // "1960s," example leaves a comma bare (it would read as textStart,textEnd); the generator encodes it.
        Assert.Equal("a%2Db%2C%20c%26d", TextFragment.Encode("a-b, c&d"));
        const string text = "By the late 1960s, computer systems could perform symbolic algebraic manipulations";
        var directive = TextFragment.Create(text, 0, text.Length, Options);
        Assert.Equal("text=By%20the%20late%201960s%2C%20computer%20systems%20could%20perform%20symbolic%20algebraic%20manipulations", directive.ToString());
        Assert.Equal(directive, TextDirective.Parse(directive.ToString()));
        // The explicit characters stay as they are; others (quotes, non-ASCII) are UTF-8 percent-encoded.
        Assert.Equal("!$'()*+./:;=?@_~", TextFragment.Encode("!$'()*+./:;=?@_~"));
        Assert.Equal("%E2%80%9CNHS%E2%80%9D%20%C2%A3", TextFragment.Encode("\u201CNHS\u201D \u00A3"));
    }

    [Fact]
    public void Fragment_directives_follow_an_existing_fragment()
    {
        // https://example.org/#test:~:text=foo has fragment "test" and fragment directive "text=foo";
        // a URL without a fragment gets one first: https://example.com#:~:text=foo.
        Assert.Equal("https://example.org/#test:~:text=foo", TextFragment.AppendTo("https://example.org/#test", new TextDirective("foo")));
        Assert.Equal("https://example.com#:~:text=foo", TextFragment.AppendTo("https://example.com", new TextDirective("foo")));
        Assert.Equal("https://example.com#:~:text=foo&text=bar", TextFragment.AppendTo("https://example.com#:~:text=foo", new TextDirective("bar")));
    }

    [Fact]
    public void Matches_start_and_end_at_word_boundaries()
    {
        // "range" matches in "mountain range", not in "color orange" (start) nor "forest ranger" (end);
        // "mountain range" is word bounded in "An impressive mountain range" but not in "… mountain ranger".
        var range = new TextDirective("range");
        Assert.Equal((9, 14), TextFragment.Find("mountain range", range));
        Assert.Null(TextFragment.Find("color orange", range));
        Assert.Null(TextFragment.Find("forest ranger", range));
        Assert.NotNull(TextFragment.Find("An impressive mountain range", new TextDirective("mountain range")));
        Assert.Null(TextFragment.Find("An impressive mountain ranger", new TextDirective("mountain range")));
        Assert.False(TextFragment.IsWordBoundary("don't", 3));
        Assert.False(TextFragment.IsWordBoundary("1,000", 1));
    }

    [Fact]
    public void Matching_ignores_case_accents_and_how_whitespace_is_laid_out()
    {
        const string text = "The Minister said:\n  Café   services\nwill grow.";
        Assert.Equal((text.IndexOf("Caf", StringComparison.Ordinal), text.Length), TextFragment.Find(text, new TextDirective("cafe services will grow.")));
    }

    [Fact]
    public void A_unique_quote_is_linked_exactly_without_context()
    {
        const string text = "Hospitals will share records. Every practice will offer online booking by spring. Patients will see results.";
        var start = text.IndexOf("Every", StringComparison.Ordinal);
        var end = text.IndexOf("Patients", StringComparison.Ordinal) - 1;
        var directive = TextFragment.Create(text, start, end, Options);
        Assert.Equal(new TextDirective("Every practice will offer online booking by spring."), directive);
    }

    [Fact]
    public void A_repeated_quote_gets_context_that_finds_the_cited_occurrence()
    {
        const string text = "In London we said: We will fix the basics. In Leeds the minister said: We will fix the basics. Then lunch.";
        const string quote = "We will fix the basics.";
        var first = text.IndexOf(quote, StringComparison.Ordinal);
        var second = text.IndexOf(quote, first + 1, StringComparison.Ordinal);

        var firstDirective = TextFragment.Create(text, first, first + quote.Length, Options);
        Assert.Equal(new TextDirective(quote), firstDirective); // the first occurrence is what a browser finds anyway

        var secondDirective = TextFragment.Create(text, second, second + quote.Length, Options);
        Assert.True(secondDirective.Prefix is not null || secondDirective.Suffix is not null, secondDirective.ToString());
        Assert.Equal((second, second + quote.Length), TextFragment.Find(text, secondDirective));
        Assert.Equal((first, first + quote.Length), TextFragment.Find(text, new TextDirective(quote)));
    }

    [Fact]
    public void A_repeated_quote_at_the_start_of_a_line_takes_its_suffix_or_prefix_across_the_break()
    {
        const string text = "Digital first.\nWe will fix the basics.\nThen more.\nWe will fix the basics.\nThe end.";
        const string quote = "We will fix the basics.";
        var second = text.LastIndexOf(quote, StringComparison.Ordinal);
        var directive = TextFragment.Create(text, second, second + quote.Length, Options);
        Assert.Equal((second, second + quote.Length), TextFragment.Find(text, directive));
        Assert.DoesNotContain('\n', directive.Prefix ?? "");
        Assert.DoesNotContain('\n', directive.Suffix ?? "");
    }

    [Fact]
    public void A_long_quote_is_linked_as_a_range_of_a_few_words_at_each_end()
    {
        var quote = "Our plan for technology in the health service starts with " + string.Join(" ", Enumerable.Range(1, 40).Select(i => $"step{i}")) + " and ends with records that follow the patient.";
        var text = "Introduction. " + quote + " Questions followed.";
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var directive = TextFragment.Create(text, start, start + quote.Length, Options);
        Assert.True(quote.Length > Options.FragmentExactMaxChars);
        Assert.Equal(new TextDirective("Our plan for technology", "that follow the patient."), directive);
        Assert.Equal((start, start + quote.Length), TextFragment.Find(text, directive));
        Assert.Equal("text=Our%20plan%20for%20technology,that%20follow%20the%20patient.", directive.ToString());
    }

    [Fact]
    public void A_long_quote_whose_start_words_occur_earlier_gets_a_prefix()
    {
        var quote = "Our plan for technology will " + string.Join(" ", Enumerable.Range(1, 60).Select(i => $"deliver{i}")) + " by the end of the decade.";
        var text = "Our plan for technology was short last year. This year the secretary said " + quote + " Thank you.";
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var directive = TextFragment.Create(text, start, start + quote.Length, Options);
        Assert.NotNull(directive.TextEnd);
        Assert.NotNull(directive.Prefix);
        Assert.Equal((start, start + quote.Length), TextFragment.Find(text, directive));
        // without the prefix a browser would start at the earlier "Our plan for technology"
        Assert.NotEqual((start, start + quote.Length), TextFragment.Find(text, directive with { Prefix = null }));
    }

    [Fact]
    public void A_long_quote_whose_end_words_occur_inside_it_gets_a_suffix()
    {
        var middle = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"item{i}"));
        var quote = $"We will invest in the digital front door. {middle}. Again we invest in the digital front door. {middle} and so we invest in the digital front door.";
        var text = "Opening remarks. " + quote + " Closing remarks.";
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var directive = TextFragment.Create(text, start, start + quote.Length, Options);
        Assert.Equal("the digital front door.", directive.TextEnd);
        Assert.NotNull(directive.Suffix);
        Assert.Equal((start, start + quote.Length), TextFragment.Find(text, directive));
        Assert.NotEqual((start, start + quote.Length), TextFragment.Find(text, directive with { Suffix = null }));
    }

    [Fact]
    public void The_link_of_a_quote_with_syntax_characters_round_trips()
    {
        const string text = "Intro. A&E waits - the worst in years, she said - must fall. End.";
        var start = text.IndexOf("A&E", StringComparison.Ordinal);
        var end = text.IndexOf(" End.", StringComparison.Ordinal);
        var link = TextFragment.AppendTo("https://www.gov.uk/government/speeches/example", TextFragment.Create(text, start, end, Options));
        var directive = link[(link.IndexOf(":~:", StringComparison.Ordinal) + 3)..];
        Assert.DoesNotContain("&", directive);
        Assert.DoesNotContain(",", directive);
        Assert.DoesNotContain("-", directive);
        var parsed = TextDirective.Parse(directive)!;
        Assert.Equal((start, end), TextFragment.Find(text, parsed));
    }
}
