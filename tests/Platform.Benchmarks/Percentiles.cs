namespace Platform.Benchmarks;

/// <summary>The nearest-rank percentile every benchmark reports (NaN when nothing was measured).</summary>
static class Percentiles
{
    public static double Of(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
