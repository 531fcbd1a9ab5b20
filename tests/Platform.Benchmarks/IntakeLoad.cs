using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// The intake benchmark's accept-and-complete workload as a load that counts answers instead of timing them, for the
/// fault harness (deploy/local/chaos.sh): it runs until the time is up, SIGTERM/SIGINT or a stop file, keeps going
/// through failures (a failed acceptance is tried again with a new application; a failed completion is left), and
/// prints how many requests got each status. Optionally it appends one line per answer to a timeline file:
/// <c>epoch-ms accept|complete status</c>, status 0 when no HTTP answer came (refused, reset, timed out).
/// </summary>
public static class IntakeLoad
{
    static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(Uri gateway, string csvPath, int workers, TimeSpan duration,
        string? timelinePath, string? stopFile)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 })
        {
            Timeout = RequestTimeout,
        };
        var window = await SignInAsync(client, gateway, "window01");
        var approver = await SignInAsync(client, gateway, "approver01");
        object[] materials;
        try
        {
            materials = await IntakeBenchmark.WaitForMatterAsync(client, gateway, window, attempts: 5);
        }
        catch (TimeoutException)
        {
            await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
            materials = await IntakeBenchmark.WaitForMatterAsync(client, gateway, window);
        }

        using var stop = new CancellationTokenSource(duration);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var timeline = timelinePath is null ? null : new StreamWriter(timelinePath, append: true) { AutoFlush = true };
        var counts = new ConcurrentDictionary<(string Kind, int Status), int>();
        void Record(string kind, int status)
        {
            counts.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
            if (timeline is null) return;
            var line = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()} {kind} {status}";
            lock (timeline) timeline.WriteLine(line);
        }

        Console.WriteLine($"intake load: {workers} windows, at most {duration.TotalSeconds:0} s, accept + complete via {gateway}");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && (stopFile is null || !File.Exists(stopFile)))
            {
                var (status, caseNo) = await AcceptAsync(client, gateway, window, materials);
                Record("accept", status);
                if (caseNo is null)
                {
                    // Not a busy loop against a process that is down: a moment before the next application.
                    if (status is 0 or >= 500) await Task.Delay(100);
                    continue;
                }
                Record("complete", await CompleteAsync(client, gateway, approver, caseNo));
            }
        })));

        Console.WriteLine($"ran {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var kind in new[] { "accept", "complete" })
        {
            var mine = counts.Where(c => c.Key.Kind == kind).OrderBy(c => c.Key.Status).ToList();
            Console.WriteLine($"{kind}: " + (mine.Count == 0 ? "none"
                : string.Join(", ", mine.Select(c => $"{(c.Key.Status == 0 ? "no answer" : c.Key.Status)} x{c.Value}"))));
        }
        int Sum(Func<int, bool> which) => counts.Where(c => which(c.Key.Status)).Sum(c => c.Value);
        Console.WriteLine($"RESULT ok={Sum(s => s is >= 200 and < 300)} 4xx={Sum(s => s is >= 400 and < 500)}"
            + $" 5xx={Sum(s => s >= 500)} noanswer={Sum(s => s == 0)}");
        return 0;
    }

    static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    /// <summary>Signs in, trying again for a minute while the gateway (or its database) is not answering.</summary>
    static async Task<string> SignInAsync(HttpClient client, Uri gateway, string username)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HallApi.SignInAsync(client, gateway, username);
            }
            catch (Exception exception) when (attempt < 60 && exception is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(1000);
            }
        }
    }

    static async Task<(int Status, string? CaseNo)> AcceptAsync(HttpClient client, Uri gateway, string window,
        object[] materials)
    {
        using var accept = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, "/api/intake/applications"), window,
            JsonContent.Create(new
            {
                matterCode = IntakeBenchmark.Matter,
                windowNo = "A01",
                outcome = "accept",
                materials,
                applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X" },
            }));
        try
        {
            using var accepted = await client.SendAsync(accept);
            if (!accepted.IsSuccessStatusCode) return ((int)accepted.StatusCode, null);
            var receipt = await accepted.Content.ReadFromJsonAsync<JsonElement>();
            return ((int)accepted.StatusCode, receipt.GetProperty("receipt").GetProperty("caseNo").GetString());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return (0, null);
        }
    }

    static async Task<int> CompleteAsync(HttpClient client, Uri gateway, string approver, string caseNo)
    {
        using var complete = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, $"/api/intake/cases/{caseNo}/complete"),
            approver, JsonContent.Create(new { result = "approved", decisionNo = "食经许〔2026〕load" }));
        try
        {
            using var completed = await client.SendAsync(complete);
            return (int)completed.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return 0;
        }
    }
}
