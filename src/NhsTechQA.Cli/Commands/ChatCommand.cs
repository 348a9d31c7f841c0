using System.CommandLine;
using NhsTechQA.Core;
using NhsTechQA.Core.Answering;
using NhsTechQA.Generative;
using Spectre.Console;

namespace NhsTechQA.Cli.Commands;

/// <summary>The interactive chat: questions in, answers with their citations out, follow-ups remembered.</summary>
public static class ChatCommand
{
    private const string Help = "Ask about what health ministers and leaders said on technology. Commands: /sources (the documents and speakers), /reset (forget this conversation), /help, /quit.";

    public static Command Create(CommonOptions common)
    {
        var command = new Command("chat", "Chat with the assistant about the speeches");
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            using var assistant = await common.OpenAsync(result, cancellationToken);
            var conversation = assistant.NewConversation();
            var mode = assistant.Answerer is GenerativeAnswerer ? "generative mode (answers verified against the speeches)" : "offline mode";
            AnsiConsole.MarkupLine($"[bold]NhsTechQA[/] — {assistant.Search.Index.Documents.Count} documents indexed, {Markup.Escape(mode)}.");
            AnsiConsole.MarkupLine(Markup.Escape(Help));
            while (!cancellationToken.IsCancellationRequested)
            {
                AnsiConsole.Markup("[bold green]?[/] ");
                var line = Console.ReadLine();
                if (line is null) break;
                line = line.Trim();
                if (line.Length == 0) continue;
                if (!await HandleAsync(assistant, conversation, line, cancellationToken)) break;
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Handles one line; false when the user asked to quit.</summary>
    private static async Task<bool> HandleAsync(Assistant assistant, Conversation conversation, string line, CancellationToken cancellationToken)
    {
        switch (line.ToLowerInvariant())
        {
            case "/quit" or "/exit" or "/q":
                return false;
            case "/help":
                AnsiConsole.MarkupLine(Markup.Escape(Help));
                return true;
            case "/reset":
                conversation.Reset();
                AnsiConsole.MarkupLine("[grey]Conversation cleared.[/]");
                return true;
            case "/sources":
                PrintSources(assistant);
                return true;
        }
        if (line.StartsWith('/'))
        {
            AnsiConsole.MarkupLine($"[yellow]Unknown command {Markup.Escape(line)}.[/] {Markup.Escape(Help)}");
            return true;
        }
        try
        {
            if (assistant.Answerer is GenerativeAnswerer generative)
            {
                // The model's words appear as they arrive; the verified answer and its citations follow.
                var draft = new Style(Color.Grey);
                var answer = assistant.WithLinks(await generative.AskAsync(conversation, line, piece => { AnsiConsole.Write(new Text(piece, draft)); return Task.CompletedTask; }, cancellationToken));
                AnsiConsole.WriteLine();
                AnsiConsole.MarkupLine(answer.Mode == Answer.GenerativeMode ? "[bold]Verified answer:[/]" : "[bold]Answer:[/]");
                AnswerPrinter.Print(answer);
            }
            else
                AnswerPrinter.Print(await assistant.AskAsync(conversation, line, cancellationToken));
        }
        catch (QuestionException e)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(e.Message)}[/]");
        }
        AnsiConsole.WriteLine();
        return true;
    }

    private static void PrintSources(Assistant assistant)
    {
        var table = new Table().AddColumns("Source", "Event", "Speakers");
        foreach (var profile in assistant.Search.Index.Profiles)
            table.AddRow(Markup.Escape(profile.SourceId), Markup.Escape(profile.Event ?? "—"), Markup.Escape(string.Join(", ", profile.Speakers)));
        AnsiConsole.Write(table);
    }
}
