using System.Diagnostics;
using NhsTechQA.Core.Indexing;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// Turns "so much work done" into progress a person can trust: the share done weighted by cost (tokens, not texts,
/// since texts are embedded shortest first), documents per second, and a remaining time from a rate smoothed over
/// the last several seconds, so the estimate settles instead of jumping with every batch.
/// </summary>
public sealed class ProgressMeter(string stage, int items, double totalWork, int documents, IProgress<IndexBuildProgress>? progress)
{
    // Time constant of the rate's exponential smoothing: long enough to average out batch-to-batch noise.
    private static readonly TimeSpan SmoothingWindow = TimeSpan.FromSeconds(15);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private double _lastWork;
    private double? _rate;

    public void Report(int done, double work)
    {
        if (progress is null) return;
        var now = _clock.Elapsed;
        var interval = (now - _last).TotalSeconds;
        if (work > _lastWork && interval > 0)
        {
            var rate = (work - _lastWork) / interval;
            var weight = 1 - Math.Exp(-interval / SmoothingWindow.TotalSeconds);
            _rate = _rate is { } previous ? previous + weight * (rate - previous) : rate;
            (_last, _lastWork) = (now, work);
        }
        var fraction = totalWork <= 0 ? 1 : Math.Clamp(work / totalWork, 0, 1);
        TimeSpan? remaining = _rate is > 0 ? TimeSpan.FromSeconds((totalWork - work) / _rate.Value) : null;
        double? perSecond = documents > 0 && now.TotalSeconds > 0 && work > 0 ? documents * fraction / now.TotalSeconds : null;
        progress.Report(new IndexBuildProgress(stage, done, items)
        {
            Fraction = fraction, DocumentsPerSecond = perSecond, Remaining = done >= items ? TimeSpan.Zero : remaining,
        });
    }
}
