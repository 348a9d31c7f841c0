using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Documents;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Core.Ingestion;

/// <summary>Packs consecutive sentences of a document into chunks under the token budget, overlapping by whole sentences.</summary>
public sealed class Chunker(ChunkingOptions options, ITokenCounter tokens)
{
    public IReadOnlyList<Chunk> Split(string text, IReadOnlyList<Sentence> sentences, int firstChunkId)
    {
        var chunks = new List<Chunk>();
        var counts = sentences.Select(s => tokens.CountTokens(text[s.Start..s.End])).ToArray();
        var first = 0;
        while (first < sentences.Count)
        {
            var last = first;
            var budget = counts[first];
            while (last + 1 < sentences.Count && budget + counts[last + 1] <= options.MaxTokens)
                budget += counts[++last];
            chunks.Add(new Chunk(firstChunkId + chunks.Count, sentences[first].SourceId,
                sentences[first].Start, sentences[last].End, sentences[first].Id, sentences[last].Id));
            if (last + 1 >= sentences.Count) break;
            // Step back by the overlap, but always move forward by at least one sentence.
            first = Math.Max(first + 1, last + 1 - Math.Max(0, options.OverlapSentences));
        }
        return chunks;
    }
}
