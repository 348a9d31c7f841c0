using NhsTechQA.Core.Indexing;
using Spectre.Console;

namespace NhsTechQA.Cli;

/// <summary>Shows index-building progress on standard error: a progress bar on a terminal, plain lines otherwise.</summary>
public static class ConsoleProgress
{
    public static async Task<T> RunAsync<T>(Func<IProgress<IndexBuildProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
            return await work(new LineProgress());
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Progress<IndexBuildProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                        tasks[p.Stage] = task = context.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Total == 0 ? task.MaxValue : p.Done;
                });
                return await work(progress);
            });
    }

    /// <summary>Synchronous so that lines appear in order; reports only stage starts and ends to keep logs short.</summary>
    private sealed class LineProgress : IProgress<IndexBuildProgress>
    {
        public void Report(IndexBuildProgress value)
        {
            if (value.Done == 0 || value.Done == value.Total)
                Console.Error.WriteLine($"index: {value.Stage} {value.Done}/{value.Total}");
        }
    }
}
