using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests;

/// <summary>Labelled model sentences against real seed passages: which the verifier keeps and which it drops.</summary>
[Collection(AssistantCollection.Name)]
public sealed class VerifierTests(AssistantFixture fixture)
{
    private IReadOnlyList<Passage> Passages(params string[] starts)
    {
        var index = fixture.Assistant.Search.Index;
        return starts.Select((start, i) =>
        {
            var sentence = index.Sentences.First(s => index.TextOf(s).Contains(start, StringComparison.Ordinal));
            return new Passage(i + 1, new RankedSentence(sentence, 1, 1, 1), index.TextOf(sentence), sentence.Speaker, index.Profile(sentence.SourceId).Event);
        }).ToList();
    }

    [Theory]
    // Supported: paraphrases and restatements of the cited passage.
    [InlineData("Matt Hancock said rejecting the best possible technology is a mistake [1].", true)]
    [InlineData("Hancock backed a £140 million AI award to speed up testing and adoption [2].", true)]
    [InlineData("He described the AI lab as a crucial tool in NHSX's armoury [3].", true)]
    [InlineData("Applications for the award will be run twice a year through the Accelerated Access Collaborative [4].", true)]
    // Unsupported: a changed amount, a new name, a claim the passage does not make, a wrong or missing citation.
    [InlineData("Hancock promised £1 billion for AI [2].", false)]
    [InlineData("Hancock backed a £140 billion AI award [2].", false)]
    [InlineData("Steve Barclay said rejecting the best possible technology is a mistake [1].", false)]
    [InlineData("Hancock said every hospital will get robots by 2030 [1].", false)]
    [InlineData("The AI lab will replace NHS clinicians with chatbots [3].", false)]
    [InlineData("Hancock said rejecting the best possible technology is a mistake.", false)]
    [InlineData("Hancock said rejecting the best possible technology is a mistake [9].", false)]
    [InlineData("Applications will be run twice a year [1].", false)]
    public void Sentences_are_kept_only_when_their_cited_passages_support_them(string sentence, bool supported)
    {
        var verifier = new AnswerVerifier(fixture.Assistant.Search.Sentences.Lexical, fixture.Assistant.Settings.Verification);
        var passages = Passages("rejecting the best possible technology", "£140 million AI award", "The AI lab is a crucial tool", "The call for applications");
        var result = verifier.Verify(sentence, passages);
        var verdict = Assert.Single(result.Sentences);
        Assert.True(verdict.Supported == supported, $"{sentence}: {verdict.Reason}");
    }

    [Fact]
    public void Unknown_markers_are_counted_and_removed_and_markers_opening_a_sentence_belong_to_the_one_before()
    {
        var verifier = new AnswerVerifier(fixture.Assistant.Search.Sentences.Lexical, fixture.Assistant.Settings.Verification);
        var passages = Passages("rejecting the best possible technology", "£140 million AI award");
        var result = verifier.Verify("Rejecting the best possible technology is a mistake, Hancock said. [1][7] He supported a £140 million AI award. [2]", passages);
        Assert.Equal(1, result.UnknownMarkersRemoved);
        Assert.Equal([[1], [2]], result.Sentences.Select(s => s.Cites.ToArray()));
        Assert.All(result.Sentences, s => Assert.True(s.Supported, s.Reason));
    }
}
