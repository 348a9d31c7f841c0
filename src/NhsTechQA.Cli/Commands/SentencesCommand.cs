using System.CommandLine;
using NhsTechQA.Core.Ingestion;

namespace NhsTechQA.Cli.Commands;

/// <summary>
/// Lists each sentence of the corpus with the person it is attributed to, so a user can check who the assistant
/// believes said what before relying on it. Reads and attributes only; no index or model is needed.
/// </summary>
public static class SentencesCommand
{
    public static Command Create(CommonOptions common)
    {
        var source = new Option<string?>("--source") { Description = "Only this document (its file name)" };
        var command = new Command("sentences", "List the corpus sentences with the speaker each is attributed to") { source };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var settings = common.LoadSettings(result);
            var read = await new DocumentReader(settings.Corpus).ReadAsync(settings.Corpus.Folders, cancellationToken);
            var only = result.GetValue(source);
            foreach (var document in SentenceAttributionStep.Run(read.Documents))
            {
                if (only is not null && document.Document.SourceId != only) continue;
                var metadata = document.Document.Metadata;
                Console.WriteLine($"# {document.Document.SourceId}: {metadata.Title} | speakers: {string.Join(", ", metadata.Speakers)} | " +
                                  $"date: {metadata.Date} | principal: {document.Profile.PrincipalSpeaker} | event: {document.Profile.Event}");
                foreach (var sentence in document.Sentences)
                {
                    var text = document.Document.Text[sentence.Start..sentence.End].ReplaceLineEndings(" ");
                    Console.WriteLine($"{sentence.Start,6} {sentence.Speaker ?? "-",-22} {sentence.Kind,-9} {text}");
                }
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
