using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// Accept-and-complete through the gateway in distributed mode: each case is a window's acceptance (受理) followed by
/// the department's completion (办结), two requests. While the load runs, supervision's live feed (server-sent events,
/// sent after supervision committed an event) gives each acceptance's lag: from intake's answer (acceptance committed)
/// to supervision having counted it. Afterwards it polls supervision's metrics until every completion is counted.
/// </summary>
public static class IntakeBenchmark
{
    internal const string Matter = "SCJGJ-01-001"; // 食品经营许可 (市场监督管理局), promised

    public static async Task RunAsync(Uri gateway, string csvPath, int workers, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });
        await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
        var window = await HallApi.SignInAsync(client, gateway, "window01");
        var approver = await HallApi.SignInAsync(client, gateway, "approver01");
        var materials = await WaitForMatterAsync(client, gateway, window);

        var supervisor = await HallApi.SignInAsync(client, gateway, "supervisor01");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var metrics = new Uri(gateway, $"/api/supervision/metrics?from={today}&to={today}&matter={Matter}");
        var before = await CompletedInSupervisionAsync(client, metrics, supervisor);

        var acceptedAt = new ConcurrentDictionary<string, long>();
        var lags = new ConcurrentBag<double>();
        using var feedStop = new CancellationTokenSource();
        var feed = FollowFeedAsync(client, gateway, supervisor, acceptedAt, lags, feedStop.Token);
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        long lastAnswer = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                if (await AcceptAndCompleteAsync(client, gateway, window, approver, materials, acceptedAt) is null)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                var answered = Stopwatch.GetTimestamp();
                Interlocked.Exchange(ref lastAnswer, Math.Max(Interlocked.Read(ref lastAnswer), answered));
                latencies.Add(Stopwatch.GetElapsedTime(start, answered).TotalMilliseconds);
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();

        var counted = before;
        var wait = Stopwatch.StartNew();
        while (counted < before + sorted.Length && wait.Elapsed < TimeSpan.FromSeconds(120))
        {
            counted = await CompletedInSupervisionAsync(client, metrics, supervisor);
        }
        var arrived = Stopwatch.GetTimestamp();
        await feedStop.CancelAsync();
        await feed;
        var sortedLags = lags.Order().ToArray();

        Console.WriteLine($"intake benchmark: {workers} concurrent windows, {duration.TotalSeconds:0} s, each case = accept + complete via the gateway");
        Console.WriteLine($"cases completed: {sorted.Length} ({errors} errors) = {sorted.Length / seconds:0.0} cases/s");
        Console.WriteLine($"case latency (accept + complete): p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms");
        Console.WriteLine($"supervision counted {counted - before} of {sorted.Length} completions; the last arrived "
            + $"{Stopwatch.GetElapsedTime(lastAnswer, arrived).TotalMilliseconds:0} ms after the last completion was answered");
        Console.WriteLine($"event lag under that load (acceptance answered by intake -> counted by supervision, {sortedLags.Length} cases via the live feed): "
            + $"p50 {Percentile(sortedLags, 0.50):0} ms, p99 {Percentile(sortedLags, 0.99):0} ms, max {(sortedLags.Length == 0 ? double.NaN : sortedLags[^1]):0} ms");
    }

    /// <summary>Reads supervision's live feed; each "accepted" change of a case this run accepted gives one lag.</summary>
    static async Task FollowFeedAsync(HttpClient client, Uri gateway, string token, ConcurrentDictionary<string, long> acceptedAt,
        ConcurrentBag<double> lags, CancellationToken cancellationToken)
    {
        using var request = HallApi.Authorized(HttpMethod.Get, new Uri(gateway, "/api/supervision/feed"), token);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var change = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                if (change.GetProperty("kind").GetString() != "accepted") continue;
                var now = Stopwatch.GetTimestamp();
                var caseNo = change.GetProperty("caseNo").GetString()!;
                // Counted before the benchmark saw intake's answer: a lag of zero (the answer was still on its way).
                var answered = acceptedAt.GetOrAdd(caseNo, now);
                lags.Add(Math.Max(0, Stopwatch.GetElapsedTime(answered, now).TotalMilliseconds));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    static async Task<int> CompletedInSupervisionAsync(HttpClient client, Uri metrics, string token)
    {
        using var request = HallApi.Authorized(HttpMethod.Get, metrics, token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("completed").GetInt32();
    }

    internal static async Task<object[]> WaitForMatterAsync(HttpClient client, Uri gateway, string token, int attempts = 150)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            using var request = HallApi.Authorized(HttpMethod.Get, new Uri(gateway, "/api/intake/matters?department=SCJGJ"), token);
            var matters = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            foreach (var matter in matters.EnumerateArray().Where(m => m.GetProperty("code").GetString() == Matter))
            {
                return matter.GetProperty("materials").EnumerateArray()
                    .Select(m => (object)new { name = m.GetProperty("name").GetString(), status = "present" }).ToArray();
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"intake never received {Matter} from the catalogue");
    }

    static async Task<string?> AcceptAndCompleteAsync(HttpClient client, Uri gateway, string window, string approver, object[] materials,
        ConcurrentDictionary<string, long> acceptedAt)
    {
        using var accept = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, "/api/intake/applications"), window, JsonContent.Create(new
        {
            matterCode = Matter,
            windowNo = "A01",
            outcome = "accept",
            materials,
            applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X" },
        }));
        using var accepted = await client.SendAsync(accept);
        if (!accepted.IsSuccessStatusCode) return null;
        var caseNo = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        acceptedAt.TryAdd(caseNo, Stopwatch.GetTimestamp());
        using var complete = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, $"/api/intake/cases/{caseNo}/complete"), approver,
            JsonContent.Create(new { result = "approved", decisionNo = "食经许〔2026〕bench" }));
        using var completed = await client.SendAsync(complete);
        return completed.IsSuccessStatusCode ? caseNo : null;
    }

    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
