using System.CommandLine;
using NhsTechQA.Cli;
using NhsTechQA.Cli.Commands;

var common = new CommonOptions();
var root = new RootCommand("NhsTechQA: answers questions about what health ministers and leaders said about technology, citing the exact passages.");
root.Options.Add(common.Corpus);
root.Options.Add(common.Index);
root.Subcommands.Add(ChatCommand.Create(common));
root.Subcommands.Add(AskCommand.Create(common));
root.Subcommands.Add(IngestCommand.Create(common));
root.Subcommands.Add(EvalCommand.Create(common));
root.Subcommands.Add(BenchCommand.Create(common));
root.Subcommands.Add(ConfigCommand.Create(common));
root.Subcommands.Add(SentencesCommand.Create(common));
root.Subcommands.Add(FitCommand.Create(common));
root.Subcommands.Add(ShowCommand.Create(common));
root.Subcommands.Add(TeamsPackageCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    return ExitCodes.BadInput;
}
// Ctrl-C cancels the command's token; an index build then finishes the model batch under way (a few seconds at
// most) and keeps it, so the process is given time to exit cleanly instead of System.CommandLine's 2 s.
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });
