using System.CommandLine;

namespace NhsTechQA.Cli.Commands;

public static class SpeedBenchmark
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("speed", "Measure warm answer latency and index build throughput");
        command.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(() => Task.FromResult(ExitCodes.Success)));
        return command;
    }
}
