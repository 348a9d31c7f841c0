using NhsTechQA.Core.Indexing;
using Spectre.Console;

namespace NhsTechQA.Cli;

/// <summary>
/// Shows index-building progress on standard error: a progress bar with documents per second and the time
/// remaining on a terminal, plain lines otherwise.
/// </summary>
public static class ConsoleProgress
{
    // The bar's resolution when a stage reports the share of work done rather than a count.
    private const double FractionScale = 1000;

    public static async Task<T> RunAsync<T>(Func<IProgress<IndexBuildProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
            return await work(new LineProgress());
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Progress<IndexBuildProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                        tasks[p.Stage] = task = context.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    if (p.Fraction is { } fraction)
                    {
                        task.MaxValue = FractionScale;
                        task.Value = fraction * FractionScale;
                    }
                    else
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Total == 0 ? task.MaxValue : p.Done;
                    }
                    task.Description = Markup.Escape(Describe(p));
                });
                return await work(progress);
            });
    }

    /// <summary>"Embedding 1,200/5,000 texts, 14.2 documents/s, 3:05 left".</summary>
    public static string Describe(IndexBuildProgress p)
    {
        var parts = new List<string> { $"{p.Stage} {p.Done:N0}/{p.Total:N0}" };
        if (p.DocumentsPerSecond is { } rate) parts.Add($"{rate:F1} documents/s");
        if (p.Remaining is { } left && p.Done < p.Total) parts.Add($"{Format(left)} left");
        return string.Join(", ", parts);
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:D2}:{span.Seconds:D2}" : $"{span.Minutes}:{span.Seconds:D2}";

    /// <summary>Synchronous so that lines appear in order; stage starts and ends, and a line every few seconds in between.</summary>
    private sealed class LineProgress : IProgress<IndexBuildProgress>
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
        private DateTime _lastLine = DateTime.MinValue;

        public void Report(IndexBuildProgress value)
        {
            var now = DateTime.UtcNow;
            if (value.Done != 0 && value.Done != value.Total && now - _lastLine < Interval) return;
            _lastLine = now;
            Console.Error.WriteLine($"index: {Describe(value)}");
        }
    }
}
