using System.CommandLine;

namespace NhsTechQA.Cli.Commands;

public static class BenchCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("bench", "Benchmarks: retrieval quality on a BEIR data set, speed, bot load and ingestion at scale");
        command.Subcommands.Add(RetrievalBenchmark.Create());
        command.Subcommands.Add(SpeedBenchmark.Create(common));
        command.Subcommands.Add(BotLoadBenchmark.Create());
        command.Subcommands.Add(AttributionBenchmark.Create(common));
        command.Subcommands.Add(IngestBenchmark.Create());
        return command;
    }
}
