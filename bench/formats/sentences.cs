// Prints every sentence the readers make of a folder's documents, one JSON line each ({"source", "start", "end",
// "quote"}), for check_quotes.py to test against score.py's independent extraction.
// usage (from the repository root): dotnet run bench/formats/sentences.cs -- FOLDER > sentences.jsonl
#:project ../../src/NhsTechQA.Core/NhsTechQA.Core.csproj
#:property PublishAot=false

using System.Text.Json;
using NhsTechQA.Core.Configuration;
using NhsTechQA.Core.Ingestion;

var folder = args[0];
var read = await new DocumentReader(new CorpusOptions()).ReadAsync([folder], CancellationToken.None);
foreach (var skipped in read.Skipped) Console.Error.WriteLine($"skipped {skipped.Path}: {skipped.Reason}");
foreach (var document in read.Documents)
{
    var m = document.Metadata;
    Console.Error.WriteLine($"{document.SourceId}: title={m.Title} | speakers={string.Join("; ", m.Speakers)} | date={m.Date} | url={m.Url} | type={m.Type} | pages={document.PageStarts.Count}");
    foreach (var span in TextSplitter.SplitSentences(document.Text, document.Metadata.BodyStart))
        Console.WriteLine(JsonSerializer.Serialize(new { source = document.SourceId, start = span.Start, end = span.End, quote = document.Text[span.Start..span.End] }));
}
