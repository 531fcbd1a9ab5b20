using System.Diagnostics;

namespace Platform.Benchmarks;

public sealed record LoadResult(string Name, int Requests, int Errors, double Seconds, double[] SortedMs)
{
    public double P50Ms => Percentiles.Of(SortedMs, 0.50);
    public double P99Ms => Percentiles.Of(SortedMs, 0.99);

    public double RequestsPerSecond => Requests / Seconds;

    public override string ToString() =>
        $"{Name,-44} {RequestsPerSecond,9:0} req/s   p50 {P50Ms,7:0.00} ms   p99 {P99Ms,7:0.00} ms   ({Requests} requests, {Errors} errors)";
}

/// <summary>A closed-loop load: N workers each send the next request when the previous one answered.</summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient client, Func<int, string> url, int workers,
        TimeSpan warmup, TimeSpan duration)
    {
        await Loop(client, url, workers, warmup, record: null);
        var latencies = new List<double>[workers];
        for (var i = 0; i < workers; i++) latencies[i] = new List<double>(100_000);
        var clock = Stopwatch.StartNew();
        var errors = await Loop(client, url, workers, duration, latencies);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, errors, seconds, all);
    }

    /// <summary>
    /// The loads taken in turns, rounds times, each for duration ÷ rounds (the warm-up before each one's first turn):
    /// the machine's drift (another build, a cold cache) falls on all of them alike. One result per load.
    /// </summary>
    public static async Task<List<LoadResult>> InTurnsAsync(HttpClient client,
        IReadOnlyList<(string Name, Func<int, string> Url)> loads, int workers, TimeSpan warmup, TimeSpan duration,
        int rounds)
    {
        var turns = loads.Select(_ => new List<LoadResult>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < loads.Count; i++)
            {
                turns[i].Add(await RunAsync(loads[i].Name, client, loads[i].Url, workers,
                    round == 0 ? warmup : TimeSpan.Zero, duration / rounds));
            }
        }
        return turns.Select((parts, i) => new LoadResult(loads[i].Name, parts.Sum(p => p.Requests),
            parts.Sum(p => p.Errors), parts.Sum(p => p.Seconds), parts.SelectMany(p => p.SortedMs).Order().ToArray()))
            .ToList();
    }

    static async Task<int> Loop(HttpClient client, Func<int, string> url, int workers, TimeSpan duration, List<double>[]? record)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var n = worker;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url(n), HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                record?[worker].Add(elapsed);
                n += workers;
            }
        })));
        return errors;
    }
}
