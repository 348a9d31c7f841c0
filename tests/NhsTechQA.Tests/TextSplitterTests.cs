using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests;

public sealed class TextSplitterTests
{
    [Fact]
    public void Sentences_are_exact_trimmed_slices_and_decimals_do_not_split()
    {
        const string text = "Dr Sam Roberts spoke. The extra £33.9 billion a year matters.\n\n“It works. It really does,” he said.\n";
        var sentences = TextSplitter.SplitSentences(text).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["Dr Sam Roberts spoke.", "The extra £33.9 billion a year matters.", "“It works.", "It really does,” he said."], sentences);
    }

    [Fact]
    public void Paragraphs_are_numbered_by_non_empty_lines()
    {
        const string text = "One. Two.\n\nThree.";
        Assert.Equal([0, 0, 1], TextSplitter.SplitSentences(text).Select(s => s.Paragraph));
    }

    [Fact]
    public void Every_seed_sentence_is_a_slice_of_its_file()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds))
        {
            var text = File.ReadAllText(path);
            var spans = TextSplitter.SplitSentences(text);
            Assert.NotEmpty(spans);
            Assert.All(spans, s =>
            {
                Assert.True(s.Start < s.End && s.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]));
            });
            // Sentences are in order and do not overlap.
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        }
    }

    [Theory]
    [InlineData("4 Patients able to view pathology results in the NHS App by April 2027", false)]
    [InlineData("30 reporting radiographers trained and in post across the network by 2027", false)]
    [InlineData("4. Workforce", true)]
    [InlineData("Digital Diagnostics Plan 2025–2028", true)]
    [InlineData("Why the NHS App must become the front door", true)]
    [InlineData("The plan funds 85 new posts.", false)]
    public void A_table_row_stating_a_figure_is_no_heading(string line, bool heading)
    {
        Assert.Equal(heading, TextSplitter.LooksLikeHeading(line));
    }

    [Theory]
    [InlineData("**Has the Cyber Resilience Fund helped?**", '?')]
    [InlineData("__Why now?__", '?')]
    [InlineData("“It works,” he said.", '.')]
    [InlineData("Q1 Chair: How far has it got?”", '?')]
    public void Emphasis_and_closing_marks_do_not_hide_the_last_mark(string sentence, char mark)
    {
        // A plain-text interview's bold question must read as a question, so its answer takes its words.
        Assert.Equal(mark, TextSplitter.LastMark(sentence));
    }
}
