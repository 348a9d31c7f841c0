using NhsTechQA.Core.Retrieval;

namespace NhsTechQA.Core.Answering;

public static class SearchContextExtensions
{
    /// <summary>Whether a sentence contains a key term, or all the terms of one of its glossary alternatives.</summary>
    public static bool Covers(this SearchContext context, int sentenceId, KeyTerm term)
    {
        var terms = context.SentenceTerms[sentenceId];
        return terms.Contains(term.Term) || term.Alternatives.Any(a => a.All(terms.Contains));
    }
}
