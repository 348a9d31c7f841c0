using System.CommandLine;
using System.Diagnostics;

namespace NhsTechQA.Cli.Commands;

public static class AskCommand
{
    public static Command Create(CommonOptions common)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (the eval contract)" };
        var command = new Command("ask", "Answer one question and exit") { question, json };
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var text = result.GetValue(question) ?? "";
            using var assistant = await common.OpenAsync(result, cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            var answer = await assistant.AskAsync(assistant.NewConversation(), text, cancellationToken);
            var latency = stopwatch.Elapsed.TotalMilliseconds;
            if (result.GetValue(json))
                Console.WriteLine(AnswerJson.From(null, text, answer, latency).ToJson(indented: true));
            else
                AnswerPrinter.Print(answer);
            return ExitCodes.Success;
        }));
        return command;
    }
}
