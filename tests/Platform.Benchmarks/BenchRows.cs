using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// The rows of `deploy/local/bench.sh all`'s table: each benchmark appends its row (markdown) to the file named by
/// BENCH_ROWS, so the script can print one table of everything measured in the run. Without it, nothing is written.
/// </summary>
static class BenchRows
{
    public static void Add(string row, string figures, double ratio, string target, bool met)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {row} | {figures} | {ratio:0.00} | {target} | {(met ? "met" : "not met")} |");
        Console.WriteLine($"ROW {line}");
        if (Environment.GetEnvironmentVariable("BENCH_ROWS") is { Length: > 0 } path)
        {
            File.AppendAllLines(path, [line]);
        }
    }
}
