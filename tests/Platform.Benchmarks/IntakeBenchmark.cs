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

    /// <summary>
    /// The full (closed-loop) load; with the pgbench ceiling given, also a paced load at half the rate the full load
    /// reached, and P2's row: full cases/s ÷ the ceiling, event lag at both loads, errors.
    /// </summary>
    public static async Task RunAsync(Uri gateway, string csvPath, int workers, TimeSpan duration, double? ceiling)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });
        await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
        var hall = new Hall(client, gateway, await HallApi.SignInAsync(client, gateway, "window01"),
            await HallApi.SignInAsync(client, gateway, "approver01"),
            await HallApi.SignInAsync(client, gateway, "supervisor01"), []);
        hall = hall with { Materials = await WaitForMatterAsync(client, gateway, hall.Window) };

        var acceptedAt = new ConcurrentDictionary<string, long>();
        var lags = new ConcurrentDictionary<string, double>();
        using var feedStop = new CancellationTokenSource();
        var feed = FollowFeedAsync(client, gateway, hall.Supervisor, acceptedAt, lags, feedStop.Token);
        Console.WriteLine($"intake benchmark: {workers} concurrent windows, {duration.TotalSeconds:0} s per load, "
            + "each case = accept + complete via the gateway");
        var full = await MeasureAsync(hall, "full load", workers, duration, null, acceptedAt, lags);
        full.Print();
        IntakeRun? half = null;
        if (ceiling is not null)
        {
            half = await MeasureAsync(hall, $"half load, paced at {full.CasesPerSecond / 2:0.0} cases/s", workers,
                duration, full.CasesPerSecond / 2, acceptedAt, lags);
            half.Print();
        }
        await feedStop.CancelAsync();
        await feed;
        if (ceiling is not { } pgbench || half is null)
        {
            return;
        }
        var ratio = full.CasesPerSecond / pgbench;
        var errors = full.Errors + half.Errors;
        BenchRows.Add("P2 accept+complete ÷ pgbench ceiling",
            $"{full.CasesPerSecond:0.0} cases/s ÷ {pgbench:0} (case-ceiling.sql); lag p50/p99 {full.LagP50Ms:0}/"
            + $"{full.LagP99Ms:0} ms at full load, {half.LagP50Ms:0}/{half.LagP99Ms:0} ms at half "
            + $"({half.CasesPerSecond:0.0} cases/s); {errors} errors",
            ratio, "≥ 0.5, lag p99 < 1 s at half load, 0 errors",
            ratio >= 0.5 && half.LagP99Ms < 1000 && errors == 0);
    }

    /// <summary>
    /// One load: closed loop (each window starts its next case when the last one was answered) or, with a rate,
    /// paced (case k starts k / rate seconds in, by whichever window is free). Then waits until supervision counted
    /// every completion (at most two minutes).
    /// </summary>
    static async Task<IntakeRun> MeasureAsync(Hall hall, string name, int workers, TimeSpan duration, double? rate,
        ConcurrentDictionary<string, long> acceptedAt, ConcurrentDictionary<string, double> lags)
    {
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var metrics = new Uri(hall.Gateway, $"/api/supervision/metrics?from={today}&to={today}&matter={Matter}");
        var before = await CompletedInSupervisionAsync(hall.Client, metrics, hall.Supervisor);
        var latencies = new ConcurrentBag<double>();
        var mine = new ConcurrentBag<string>();
        var errors = 0;
        var ticket = -1L;
        long lastAnswer = 0;
        var clock = Stopwatch.StartNew();
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                if (rate is { } perSecond)
                {
                    var due = started + (long)(Interlocked.Increment(ref ticket) / perSecond * Stopwatch.Frequency);
                    if (due >= stopAt) break;
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }
                else if (Stopwatch.GetTimestamp() >= stopAt)
                {
                    break;
                }
                var start = Stopwatch.GetTimestamp();
                if (await AcceptAndCompleteAsync(hall, acceptedAt, mine) is null)
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
        var waiting = Stopwatch.StartNew();
        while (counted < before + sorted.Length && waiting.Elapsed < TimeSpan.FromSeconds(120))
        {
            counted = await CompletedInSupervisionAsync(hall.Client, metrics, hall.Supervisor);
        }
        var arrived = Stopwatch.GetTimestamp();
        await Task.Delay(500); // the feed's last lines
        var runLags = mine.Where(lags.ContainsKey).Select(caseNo => lags[caseNo]).Order().ToArray();
        return new IntakeRun(name, sorted.Length, errors, seconds, Percentiles.Of(sorted, 0.50),
            Percentiles.Of(sorted, 0.99), counted - before,
            Stopwatch.GetElapsedTime(lastAnswer, arrived).TotalMilliseconds, runLags);
    }

    /// <summary>Reads supervision's live feed; each "accepted" change of a case this run accepted gives one lag.</summary>
    static async Task FollowFeedAsync(HttpClient client, Uri gateway, string token,
        ConcurrentDictionary<string, long> acceptedAt, ConcurrentDictionary<string, double> lags,
        CancellationToken cancellationToken)
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
                lags.TryAdd(caseNo, Math.Max(0, Stopwatch.GetElapsedTime(answered, now).TotalMilliseconds));
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

    static async Task<string?> AcceptAndCompleteAsync(Hall hall, ConcurrentDictionary<string, long> acceptedAt,
        ConcurrentBag<string> mine)
    {
        var (client, gateway) = (hall.Client, hall.Gateway);
        using var accept = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, "/api/intake/applications"),
            hall.Window, JsonContent.Create(new
            {
                matterCode = Matter,
                windowNo = "A01",
                outcome = "accept",
                materials = hall.Materials,
                applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X" },
            }));
        using var accepted = await client.SendAsync(accept);
        if (!accepted.IsSuccessStatusCode) return null;
        var caseNo = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt")
            .GetProperty("caseNo").GetString()!;
        acceptedAt.TryAdd(caseNo, Stopwatch.GetTimestamp());
        mine.Add(caseNo);
        using var complete = HallApi.Authorized(HttpMethod.Post,
            new Uri(gateway, $"/api/intake/cases/{caseNo}/complete"), hall.Approver,
            JsonContent.Create(new { result = "approved", decisionNo = "食经许〔2026〕bench" }));
        using var completed = await client.SendAsync(complete);
        return completed.IsSuccessStatusCode ? caseNo : null;
    }
}
