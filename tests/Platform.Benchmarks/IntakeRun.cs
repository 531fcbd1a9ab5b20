namespace Platform.Benchmarks;

/// <summary>One load of the intake benchmark: what was done, how fast, and the event lag supervision showed.</summary>
sealed record IntakeRun(string Load, int Cases, int Errors, double Seconds, double CaseP50Ms, double CaseP99Ms,
    int Counted, double LastCountedMs, double[] Lags)
{
    public double CasesPerSecond => Cases / Seconds;
    public double LagP50Ms => Percentiles.Of(Lags, 0.50);
    public double LagP99Ms => Percentiles.Of(Lags, 0.99);

    public void Print()
    {
        Console.WriteLine($"[{Load}] cases completed: {Cases} ({Errors} errors) = {CasesPerSecond:0.0} cases/s");
        Console.WriteLine($"[{Load}] case latency (accept + complete): p50 {CaseP50Ms:0.0} ms, p99 {CaseP99Ms:0.0} ms");
        Console.WriteLine($"[{Load}] supervision counted {Counted} of {Cases} completions; the last arrived "
            + $"{LastCountedMs:0} ms after the last completion was answered");
        Console.WriteLine($"[{Load}] event lag (acceptance answered by intake -> counted by supervision, "
            + $"{Lags.Length} cases via the live feed): p50 {LagP50Ms:0} ms, p99 {LagP99Ms:0} ms, "
            + $"max {(Lags.Length == 0 ? double.NaN : Lags[^1]):0} ms");
    }
}
