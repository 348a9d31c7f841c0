using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Tests.Understanding;

public sealed class FrontMatterAndFitTests
{
    [Fact]
    public void Front_matter_gives_title_speakers_date_url_type_and_where_the_body_starts()
    {
        var text = "---\ntitle: \"A speech\"\nspeakers: [Ann Lee, Bo Tan]\ndate: 2022-06-29\nurl: https://example.org/s\nevent: Policy Forum\ntype: speech transcript\n---\nBody text.";
        var result = FrontMatterReader.Read(text);
        Assert.Null(result.Warning);
        Assert.Equal("A speech", result.Metadata.Title);
        Assert.Equal(["Ann Lee", "Bo Tan"], result.Metadata.Speakers);
        Assert.Equal(new DateOnly(2022, 6, 29), result.Metadata.Date);
        Assert.Equal("https://example.org/s", result.Metadata.Url);
        Assert.Equal("Policy Forum", result.Metadata.Event);
        Assert.Equal("Body text.", text[result.Metadata.BodyStart..]);
    }

    [Theory]
    [InlineData("date: 2025-11", 2025, 11, 1, true)]
    [InlineData("date: November 2025", 2025, 11, 1, true)]
    [InlineData("date: 2025-11-04", 2025, 11, 4, false)]
    [InlineData("date: 4 November 2025", 2025, 11, 4, false)]
    public void A_front_matter_date_that_gives_only_a_month_is_marked_as_a_month(string line, int year, int month, int day, bool monthOnly)
    {
        var result = FrontMatterReader.Read($"---\ntitle: T\n{line}\n---\nBody.");
        Assert.Equal(new DateOnly(year, month, day), result.Metadata.Date);
        Assert.Equal(monthOnly, result.Metadata.MonthOnly);
    }

    [Fact]
    public void Malformed_front_matter_is_a_warning_naming_the_line_and_keeps_what_it_can()
    {
        var text = "---\ntitle: \"Unclosed\nspeaker: Ann Lee\n  bad: [\n---\nBody.";
        var result = FrontMatterReader.Read(text);
        Assert.NotNull(result.Warning);
        Assert.Matches(@"line \d+", result.Warning);
        Assert.Equal("Body.", text[result.Metadata.BodyStart..]);
    }

    [Theory]
    [InlineData("speaker: Helen Draycott MP", "Helen Draycott")]
    [InlineData("speaker: Sir Ian Pell KC FRCP", "Sir Ian Pell")]
    [InlineData("speakers: [Dame Ruth Selwood DBE, Tom Aske MP]", "Dame Ruth Selwood")]
    // As Hansard labels his turns: "The Lord Bishop of Wendlebury:" is Lord Bishop of Wendlebury.
    [InlineData("speakers: [The Lord Bishop of Wendlebury, Baroness Quayle]", "Lord Bishop of Wendlebury")]
    public void Letters_after_a_speakers_name_are_not_part_of_it(string line, string first)
    {
        var result = FrontMatterReader.Read($"---\ntitle: T\n{line}\n---\nBody.");
        Assert.Equal(first, result.Metadata.Speakers[0]);
        Assert.DoesNotContain(result.Metadata.Speakers, s => s.EndsWith(" MP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("speaker: \"Rt Hon Helen Marchbank MP, Secretary of State for Health and Social Care\"", new[] { "Helen Marchbank" })]
    [InlineData("speaker: \"Owen Threlfall MP, Minister for Digital Health and Innovation\"", new[] { "Owen Threlfall" })]
    [InlineData("speaker: Ann Lee, Bob Kay", new[] { "Ann Lee", "Bob Kay" })]
    [InlineData("speaker: Ann Lee and Bob Kay; Cy Fox, Chief Executive, Wexcombe Hospitals", new[] { "Ann Lee", "Bob Kay", "Cy Fox" })]
    public void A_role_after_a_speakers_name_is_not_another_speaker(string line, string[] expected)
    {
        var result = FrontMatterReader.Read($"---\ntitle: T\n{line}\n---\nBody.");
        Assert.Equal(expected, result.Metadata.Speakers);
    }

    [Fact]
    public void A_placeholder_date_is_no_date_and_no_warning()
    {
        var result = FrontMatterReader.Read("---\ntitle: T\ndate: (not stated in excerpt)\n---\nBody.");
        Assert.Null(result.Metadata.Date);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Roc_auc_counts_ordered_pairs_and_ties_as_half()
    {
        Assert.Equal(1.0, LogisticFit.RocAuc([0.9, 0.8, 0.1], [true, true, false]));
        Assert.Equal(0.0, LogisticFit.RocAuc([0.1, 0.9], [true, false]));
        Assert.Equal(0.5, LogisticFit.RocAuc([0.5, 0.5], [true, false]));
    }

    [Fact]
    public void The_fit_separates_separable_data_on_held_out_folds()
    {
        var random = new Random(7);
        var data = Enumerable.Range(0, 200).Select(i =>
        {
            var answerable = i % 2 == 0;
            return new LabelledFeatures([answerable ? 1 + random.NextDouble() : -1 - random.NextDouble(), random.NextDouble()], answerable, 1, "toy");
        }).ToList();
        var heldOut = LogisticFit.CrossValidated(data, 5);
        Assert.True(LogisticFit.RocAuc(heldOut, data.Select(d => d.Answerable).ToList()) > 0.99);
        var model = LogisticFit.Fit(data);
        Assert.True(model.Weights[0] > 0);
    }

    [Fact]
    public void A_weight_is_kept_on_its_side_even_when_the_data_would_flip_it()
    {
        // The first feature is higher for unanswerable questions, the second separates them: unconstrained, the first
        // gets a negative weight; marked "only towards answering" (+1) it is held at zero, and the second still fits.
        var random = new Random(3);
        var data = Enumerable.Range(0, 200).Select(i =>
        {
            var answerable = i % 2 == 0;
            return new LabelledFeatures([answerable ? random.NextDouble() : 0.5 + random.NextDouble(), answerable ? 1 + random.NextDouble() : -random.NextDouble()],
                answerable, 1, "toy");
        }).ToList();
        Assert.True(LogisticFit.Fit(data).Weights[0] < 0);
        var constrained = LogisticFit.Fit(data, [1, 0]);
        Assert.Equal(0, constrained.Weights[0]);
        Assert.True(constrained.Weights[1] > 0);
    }

    [Fact]
    public void The_built_in_model_respects_every_features_direction()
    {
        var model = AnswerabilityModel.Load(null);
        for (var j = 0; j < model.Weights.Length; j++)
            Assert.True(AnswerabilityFeatures.Directions[j] * model.Weights[j] >= 0, $"{model.Features[j]} has weight {model.Weights[j]}");
    }

    [Theory]
    [InlineData("who is able to legislate", "the parliament is unable to legislate on such issues", true)]
    [InlineData("what is established at the end of each session", "committees are established at the beginning of each session", true)]
    [InlineData("what did the illegitimate dynasty do", "the legitimate dynasty ruled", true)]
    [InlineData("who is able to legislate", "the parliament is able to legislate", false)]
    [InlineData("what happened at the end", "at the end and the beginning", false)]
    public void An_opposite_word_is_found_by_negating_prefix_or_common_pair(string question, string sentence, bool expected) =>
        Assert.Equal(expected, AnswerabilityFeatures.HasOpposite(AnswerabilityFeatures.WordsOf(question), AnswerabilityFeatures.WordsOf(sentence)));

    [Fact]
    public void The_built_in_model_matches_the_features_the_program_computes()
    {
        var model = AnswerabilityModel.Load(null);
        Assert.Equal(AnswerabilityFeatures.Names, model.Features);
        Assert.NotNull(model.Measured);
        Assert.True(model.Measured!["cv_auc_all"] > 0.5);
    }
}
