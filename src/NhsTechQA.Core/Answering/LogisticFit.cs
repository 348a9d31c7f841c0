namespace NhsTechQA.Core.Answering;

/// <summary>One labelled question for fitting: its features, whether it is answerable, its weight and its set's name.</summary>
public sealed record LabelledFeatures(double[] Features, bool Answerable, double Weight, string Set);

/// <summary>
/// Weighted L2-regularised logistic regression on standardised features, by full-batch gradient descent (a dozen
/// features and a few thousand questions: exact enough and dependency-free), with k-fold cross-validation and ROC AUC.
/// </summary>
public static class LogisticFit
{
    public sealed record Fitted(double[] Means, double[] Scales, double[] Weights, double Bias)
    {
        public double Probability(double[] x) => LogisticFit.Probability(Means, Scales, Weights, Bias, x);
    }

    /// <summary>The logistic of the weighted, standardised features: what a fitted model and the committed one both compute.</summary>
    public static double Probability(double[] means, double[] scales, double[] weights, double bias, double[] x)
    {
        var z = bias;
        foreach (var pull in Pulls(means, scales, weights, x)) z += pull;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Each feature's term in the log-odds: its weight times its standardised value.</summary>
    public static double[] Pulls(double[] means, double[] scales, double[] weights, double[] x) =>
        weights.Select((w, i) => w * (x[i] - means[i]) / scales[i]).ToArray();

    /// <param name="directions">Per feature: +1 keeps its weight at or above zero, -1 at or below, 0 leaves it free (null: all free).</param>
    public static Fitted Fit(IReadOnlyList<LabelledFeatures> data, IReadOnlyList<int>? directions = null, double l2 = 0.01, int iterations = 3000,
        double learningRate = 0.5)
    {
        var d = data[0].Features.Length;
        var means = new double[d];
        var scales = new double[d];
        var totalWeight = data.Sum(x => x.Weight);
        for (var j = 0; j < d; j++)
        {
            means[j] = data.Sum(x => x.Weight * x.Features[j]) / totalWeight;
            var variance = data.Sum(x => x.Weight * Math.Pow(x.Features[j] - means[j], 2)) / totalWeight;
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        var w = new double[d];
        var b = 0.0;
        var z = data.Select(x => x.Features.Select((v, j) => (v - means[j]) / scales[j]).ToArray()).ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gw = new double[d];
            var gb = 0.0;
            for (var i = 0; i < data.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-(b + Dot(w, z[i]))));
                var error = (p - (data[i].Answerable ? 1 : 0)) * data[i].Weight;
                gb += error;
                for (var j = 0; j < d; j++) gw[j] += error * z[i][j];
            }
            b -= learningRate * gb / totalWeight;
            for (var j = 0; j < d; j++)
            {
                w[j] -= learningRate * (gw[j] / totalWeight + l2 * w[j]);
                // Projected gradient descent: a weight that would cross to the forbidden side stops at zero.
                if (directions is not null && directions[j] * w[j] < 0) w[j] = 0;
            }
        }
        return new Fitted(means, scales, w, b);
    }

    /// <summary>Out-of-fold probabilities: each question scored by a model fitted without its fold (folds interleaved by position).</summary>
    public static double[] CrossValidated(IReadOnlyList<LabelledFeatures> data, int folds, IReadOnlyList<int>? directions = null)
    {
        var result = new double[data.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = data.Where((_, i) => i % folds != fold).ToList();
            var model = Fit(train, directions);
            for (var i = fold; i < data.Count; i += folds) result[i] = model.Probability(data[i].Features);
        }
        return result;
    }

    /// <summary>Area under the ROC curve: the chance an answerable question scores above an unanswerable one (ties count half).</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var pos = scores.Where((_, i) => positive[i]).ToArray();
        var neg = scores.Where((_, i) => !positive[i]).ToArray();
        if (pos.Length == 0 || neg.Length == 0) return double.NaN;
        Array.Sort(neg);
        double sum = 0;
        foreach (var p in pos)
        {
            var below = LowerBound(neg, p);
            var upTo = UpperBound(neg, p);
            sum += below + 0.5 * (upTo - below);
        }
        return sum / ((double)pos.Length * neg.Length);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] <= value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
