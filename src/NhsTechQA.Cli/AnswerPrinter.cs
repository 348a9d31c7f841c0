using System.Globalization;
using NhsTechQA.Core.Answering;
using NhsTechQA.Core.Citations;
using NhsTechQA.Core.Documents;
using Spectre.Console;

namespace NhsTechQA.Cli;

/// <summary>Prints an answer for people: the text, then each citation with its verbatim quote, source and speaker.</summary>
public static class AnswerPrinter
{
    public static void Print(Answer answer)
    {
        if (answer.Notice is not null) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(answer.Notice)}[/]");
        if (answer.Dropped.Count > 0)
            AnsiConsole.MarkupLine($"[grey]Removed {answer.Dropped.Count} sentence(s) the cited passages do not support.[/]");
        // Answers and quotes are document text: escaped, so brackets in them are never read as console markup.
        AnsiConsole.MarkupLine(answer.Refused ? $"[yellow]{Markup.Escape(answer.Text)}[/]" : Markup.Escape(answer.Text));
        if (answer.Citations.Count == 0) return;
        AnsiConsole.WriteLine();
        foreach (var citation in answer.Citations)
        {
            var who = citation.Speaker is null ? "" : $" — {citation.Speaker}";
            AnsiConsole.MarkupLine($"[bold][[{citation.N}]][/] [grey]{Markup.Escape(citation.Source)} {citation.Start}-{citation.End}{Markup.Escape(who)}[/]");
            AnsiConsole.MarkupLine($"    [italic]{Markup.Escape(citation.Quote)}[/]");
            if (About(citation) is { Length: > 0 } about) AnsiConsole.MarkupLine($"    [grey]{Markup.Escape(about)}[/]");
            // Written whole, not through the console's word wrap, so the link can be copied or clicked in one piece.
            if (citation.Link is not null) AnsiConsole.Profile.Out.Writer.WriteLine($"    {citation.Link}");
            else if (citation.Url is not null) AnsiConsole.MarkupLine($"    [grey]{Markup.Escape(citation.Url)}[/]");
        }
    }

    /// <summary>"Title, 29 June 2022, page 3": what the cited document is, as far as it says.</summary>
    private static string About(Citation citation)
    {
        var parts = new List<string>();
        if (citation.Title is not null) parts.Add(citation.Title);
        if (citation.Date is { } date) parts.Add(DocumentDates.Shown(date, citation.MonthOnly));
        if (citation.Page is { } page) parts.Add($"page {page}");
        return string.Join(", ", parts);
    }
}
