using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Platform.Contracts.Intake;

namespace Platform.Benchmarks;

/// <summary>
/// Accept-and-complete through the gateway in distributed mode: each case is a window's acceptance (受理) followed by
/// the department's completion (办结), two requests. A subscriber on the broker, standing where supervision will,
/// times how long the last CaseCompleted took to arrive after the last completion was answered.
/// </summary>
public static class IntakeBenchmark
{
    const string Matter = "SCJGJ-01-001"; // 食品经营许可 (市场监督管理局), promised

    public static async Task RunAsync(Uri gateway, Uri rabbitMq, string csvPath, int workers, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });
        await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
        var window = await HallApi.SignInAsync(client, gateway, "window01");
        var approver = await HallApi.SignInAsync(client, gateway, "approver01");
        var materials = await WaitForMatterAsync(client, gateway, window);

        var arrivals = new ConcurrentDictionary<string, long>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(rabbitMq);
            rabbit.ReceiveEndpoint("bench-intake-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Handler<CaseCompleted>(context =>
                {
                    arrivals[context.Message.CaseNo] = Stopwatch.GetTimestamp();
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var latencies = new ConcurrentBag<double>();
            var completed = new ConcurrentDictionary<string, long>();
            var errors = 0;
            var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < stopAt)
                {
                    var start = Stopwatch.GetTimestamp();
                    var caseNo = await AcceptAndCompleteAsync(client, gateway, window, approver, materials);
                    if (caseNo is null) { Interlocked.Increment(ref errors); continue; }
                    completed[caseNo] = Stopwatch.GetTimestamp();
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            })));
            var seconds = clock.Elapsed.TotalSeconds;
            var lastAnswer = completed.Values.DefaultIfEmpty(0).Max();

            var wait = Stopwatch.StartNew();
            while (completed.Keys.Any(key => !arrivals.ContainsKey(key)) && wait.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }
            var missing = completed.Keys.Count(key => !arrivals.ContainsKey(key));
            var lastArrival = arrivals.Values.DefaultIfEmpty(0).Max();
            var sorted = latencies.Order().ToArray();
            Console.WriteLine($"intake benchmark: {workers} concurrent windows, {duration.TotalSeconds:0} s, each case = accept + complete via the gateway");
            Console.WriteLine($"cases completed: {sorted.Length} ({errors} errors) = {sorted.Length / seconds:0.0} cases/s");
            Console.WriteLine($"case latency (accept + complete): p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms");
            Console.WriteLine($"last CaseCompleted reached a broker subscriber {Stopwatch.GetElapsedTime(lastAnswer, lastArrival).TotalMilliseconds:0} ms after the last completion was answered; {missing} never arrived");
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    static async Task<object[]> WaitForMatterAsync(HttpClient client, Uri gateway, string token)
    {
        for (var attempt = 0; attempt < 150; attempt++)
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

    static async Task<string?> AcceptAndCompleteAsync(HttpClient client, Uri gateway, string window, string approver, object[] materials)
    {
        using var accept = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, "/api/intake/applications"), window, JsonContent.Create(new
        {
            matterCode = Matter, windowNo = "A01", outcome = "accept", materials,
            applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X" },
        }));
        using var accepted = await client.SendAsync(accept);
        if (!accepted.IsSuccessStatusCode) return null;
        var caseNo = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        using var complete = HallApi.Authorized(HttpMethod.Post, new Uri(gateway, $"/api/intake/cases/{caseNo}/complete"), approver,
            JsonContent.Create(new { result = "approved", decisionNo = "食经许〔2026〕bench" }));
        using var completed = await client.SendAsync(complete);
        return completed.IsSuccessStatusCode ? caseNo : null;
    }

    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
