using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// The rows of `deploy/local/bench.sh all`'s table: each benchmark appends its row (markdown) to the file named by
/// BENCH_ROWS, so the script can print one table of everything measured in the run. Without it, nothing is written.
/// </summary>
static class BenchRows
{
    /// <summary>Appends a row; a ratio that could not be measured (NaN) shows as a dash.</summary>
    public static void Add(string row, string figures, double ratio, string target, bool met)
    {
        var shown = double.IsNaN(ratio) ? "—" : ratio.ToString("0.00", CultureInfo.InvariantCulture);
        var line = $"| {row} | {figures} | {shown} | {target} | {(met ? "met" : "not met")} |";
        Console.WriteLine($"ROW {line}");
        if (Environment.GetEnvironmentVariable("BENCH_ROWS") is { Length: > 0 } path)
        {
            File.AppendAllLines(path, [line]);
        }
    }
}
