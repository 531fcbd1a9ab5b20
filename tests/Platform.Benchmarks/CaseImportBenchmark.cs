using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// History import until supervision has counted it: N completed historical cases of 2025 (numbers unique per run)
/// go to intake's case import as a job (<c>Prefer: respond-async</c>, polled at its Location); from the moment the job
/// reports success, supervision's metrics for 2025 are polled until they count all of them (accepted and completed
/// above what they counted before), or until the timeout, which is reported rather than waited out.
/// </summary>
static class CaseImportBenchmark
{
    const string Matter = IntakeBenchmark.Matter;

    public static async Task RunAsync(Uri hall, string csvPath, int rows, TimeSpan timeout, string label)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var admin = await HallApi.SignInAsync(client, hall, "admin");
        var supervisor = await HallApi.SignInAsync(client, hall, "supervisor01");
        var window = await HallApi.SignInAsync(client, hall, "window01");
        try
        {
            await IntakeBenchmark.WaitForMatterAsync(client, hall, window, attempts: 5);
        }
        catch (TimeoutException)
        {
            await HallApi.LoadDemoCatalogueAsync(client, hall, csvPath);
            await IntakeBenchmark.WaitForMatterAsync(client, hall, window);
        }
        var metrics = new Uri(hall, "/api/supervision/metrics?from=2025-01-01&to=2025-12-31");
        var (acceptedBefore, completedBefore) = await CountedAsync(client, metrics, supervisor);

        var clock = Stopwatch.StartNew();
        using var upload = HallApi.Authorized(HttpMethod.Post, new Uri(hall, "/api/intake/cases/import"), admin,
            new StringContent(Csv(rows), Encoding.UTF8, "text/csv"));
        upload.Headers.Add("Prefer", "respond-async");
        using var answer = await client.SendAsync(upload);
        if (answer.StatusCode != HttpStatusCode.Accepted || answer.Headers.Location is not { } location)
        {
            throw new InvalidOperationException(
                $"the import answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
        JsonElement job;
        do
        {
            await Task.Delay(200);
            using var poll = HallApi.Authorized(HttpMethod.Get, new Uri(hall, location), admin);
            using var polled = await client.SendAsync(poll);
            job = await polled.Content.ReadFromJsonAsync<JsonElement>();
        }
        while (job.GetProperty("status").GetString() == "running");
        var imported = clock.Elapsed.TotalSeconds;
        if (job.GetProperty("status").GetString() != "succeeded")
        {
            throw new InvalidOperationException($"the import job did not succeed: {job}");
        }
        Console.WriteLine($"imports ({label}): {rows:N0} cases imported by intake in {imported:0.0} s (job succeeded)");

        var waiting = Stopwatch.StartNew();
        var (accepted, completed) = (acceptedBefore, completedBefore);
        while ((accepted < acceptedBefore + rows || completed < completedBefore + rows) && waiting.Elapsed < timeout)
        {
            await Task.Delay(100);
            (accepted, completed) = await CountedAsync(client, metrics, supervisor);
        }
        var seconds = waiting.Elapsed.TotalSeconds;
        var all = accepted >= acceptedBefore + rows && completed >= completedBefore + rows;
        var counted = all ? $"counted by supervision {seconds:0.0} s after the job succeeded"
            : $"not counted after {timeout.TotalSeconds:0} s (accepted {accepted - acceptedBefore:N0}, "
                + $"completed {completed - completedBefore:N0} of {rows:N0})";
        Console.WriteLine($"imports ({label}): {counted}");
        // The issue's targets are the standalone host's: 3,000 cases within 5 s, 100,000 within 60 s.
        var target = rows <= 3_000 ? 5 : 60;
        BenchRows.Add($"history import {rows:N0} cases, {label}",
            $"import job {imported:0.0} s; {counted}", all ? seconds / target : double.NaN,
            $"≤ {target} s{(label == "standalone" ? "" : " (the standalone host's target)")}; ratio = s ÷ {target} s",
            all && seconds <= target);
    }

    static async Task<(int Accepted, int Completed)> CountedAsync(HttpClient client, Uri metrics, string token)
    {
        using var request = HallApi.Authorized(HttpMethod.Get, metrics, token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var figures = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (figures.GetProperty("accepted").GetInt32(), figures.GetProperty("completed").GetInt32());
    }

    /// <summary>Completed cases accepted over 2025 (weekdays), each done three days later.</summary>
    static string Csv(int rows)
    {
        var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var text = new StringBuilder(rows * 110)
            .Append("caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,windowNo\n");
        var first = new DateTime(2025, 1, 6);
        for (var i = 0; i < rows; i++)
        {
            var day = first.AddDays(i % 50 * 7 + i % 3); // Monday to Wednesday of 50 weeks, done by Saturday
            text.Append(CultureInfo.InvariantCulture, $"H{run}-{i:D7},{Matter},{day:yyyy-MM-dd}T09:00:00+08:00,")
                .Append(CultureInfo.InvariantCulture, $"{day.AddDays(2):yyyy-MM-dd}T16:00:00+08:00,0,A01\n");
        }
        return text.ToString();
    }
}
