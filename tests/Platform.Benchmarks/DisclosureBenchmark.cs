using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Disclosure.AnnualReport;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Requests;

namespace Platform.Benchmarks;

/// <summary>
/// Issue 6: the annual report over a million imported requests. Imports them in slices through the service's own import
/// code (parse + store) into SQLite (the embedded default) or PostgreSQL, then builds the 2025 report repeatedly and
/// prints the time per report (p50/p99), the bytes it allocates and the process's peak working set.
/// </summary>
static class DisclosureBenchmark
{
    public static async Task RunAsync(int count, string? postgres)
    {
        await using var database = await BenchmarkDatabase.StartAsync<DisclosureDbContext>("disclosure", postgres);
        var host = database.Host;
        var calendar = new DisclosureCalendar();

        var import = Stopwatch.StartNew();
        const int slice = 50_000;
        for (var first = 0; first < count; first += slice)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var (rows, errors) = RequestImport.Parse(new StringReader(Csv(first, Math.Min(slice, count - first))), calendar.Current);
            if (errors.Count > 0) throw new InvalidOperationException(errors[0].Message);
            await RequestImport.ApplyAsync(db, rows, CancellationToken.None);
        }
        import.Stop();
        Console.WriteLine($"disclosure: imported {count:N0} requests into {database.Kind} in {import.Elapsed.TotalSeconds:F1} s ({count / import.Elapsed.TotalSeconds:N0} rows/s)");

        var times = new List<double>();
        long allocated = 0;
        AnnualReportView? report = null;
        for (var run = 0; run < 21; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            report = await AnnualReports.BuildAsync(db, 2025, "基准测试机关", CancellationToken.None);
            watch.Stop();
            if (run == 0) continue; // the first run warms the query cache and the database's pages
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        times.Sort();
        var rows2025 = report!.Section3.Rows;
        Console.WriteLine($"disclosure: annual report 2025 over {count:N0} requests: p50 {times[times.Count / 2]:F0} ms, p99 {times[^1]:F0} ms (20 runs), "
            + $"~{allocated / 1024.0:F0} KiB allocated per report, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        Console.WriteLine($"disclosure: 2025 row1={rows2025["1"][6]:N0} row2={rows2025["2"][6]:N0} row3.7={rows2025["3.7"][6]:N0} row4={rows2025["4"][6]:N0} balanced={report.Section3.Balanced}");

        var rawTimes = new List<double>();
        List<RequestTally> tallies = [];
        for (var run = 0; run < 21; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            var watch = Stopwatch.StartNew();
            tallies = await DisclosureRawSql.TalliesAsync(db, 2025);
            if (run > 0) rawTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        rawTimes.Sort();
        var (reportP50, rawP50) = (times[times.Count / 2], rawTimes[rawTimes.Count / 2]);
        Console.WriteLine($"disclosure: raw SQL GROUP BY of the same rows: p50 {rawP50:F0} ms, p99 {rawTimes[^1]:F0} ms "
            + $"(20 runs), {tallies.Count} groups");
        var differences = DisclosureRawSql.Differences(report!.Section3, tallies);
        Console.WriteLine(differences.Count == 0 ? "disclosure: the raw SQL gives the report's section 3 figures"
            : $"disclosure: MISMATCH between the report and the raw SQL in rows {string.Join(", ", differences)}");
        BenchRows.Add("P5 annual report ÷ raw SQL GROUP BY",
            $"{reportP50:0} ms ÷ {rawP50:0} ms (p50, 2025 report, {count:N0} requests, {database.Kind}); figures "
            + (differences.Count == 0 ? "equal" : "DIFFER"), reportP50 / rawP50, "≤ 1.5",
            differences.Count == 0 && reportP50 / rawP50 <= 1.5);
    }

    /// <summary>Requests received evenly over 2023–2026, replied 0–40 days later, 3 % still open.</summary>
    static string Csv(int first, int count)
    {
        string[] categories = ["natural", "natural", "natural", "commercial", "research", "public-interest", "legal-service", "other"];
        string[] outcomes = ["3.1", "3.1", "3.1", "3.2", "3.3.4", "3.4.1", "3.4.2", "3.5.2", "3.6.1", "3.6.3"];
        var text = new StringBuilder(count * 100).Append("requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt\n");
        var start = new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
        for (var i = first; i < first + count; i++)
        {
            var received = start.AddMinutes(i * 2.1 % (4 * 365 * 24 * 60));
            var open = i % 33 == 0;
            text.Append("B").Append(i.ToString("D7", CultureInfo.InvariantCulture)).Append(',').Append(categories[i % categories.Length])
                .Append(",online,").Append(received.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append(',');
            if (!open)
            {
                text.Append(outcomes[i % outcomes.Length]).Append(',')
                    .Append(received.AddDays(i % 41).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(',');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
