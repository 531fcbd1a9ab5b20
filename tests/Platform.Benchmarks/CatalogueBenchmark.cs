namespace Platform.Benchmarks;

/// <summary>
/// Matter lookup and search through the gateway next to the same requests made to the catalogue service directly,
/// in the distributed mode. Loads the demo catalogue through the import API first (idempotent).
/// </summary>
public static class CatalogueBenchmark
{
    public static async Task RunAsync(Uri gateway, Uri catalogue, string csvPath, int workers, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var codes = await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
        string Lookup(Uri baseUri, int n) => new Uri(baseUri, $"/api/catalogue/matters/{codes[n % codes.Count]}").ToString();
        string[] keywords = ["许可", "登记", "证明", "备案", "审批", "补贴", "查询", "变更"];
        string Search(Uri baseUri, int n) =>
            new Uri(baseUri, $"/api/catalogue/matters?keyword={Uri.EscapeDataString(keywords[n % keywords.Length])}&page=1&pageSize=20").ToString();

        Console.WriteLine($"catalogue benchmark: {workers} concurrent clients, {duration.TotalSeconds:0} s per run, {codes.Count} matters");
        var warmup = TimeSpan.FromSeconds(3);
        var results = new[]
        {
            await LoadRun.RunAsync("lookup  GET /matters/{code}  direct", client, n => Lookup(catalogue, n), workers, warmup, duration),
            await LoadRun.RunAsync("lookup  GET /matters/{code}  via gateway", client, n => Lookup(gateway, n), workers, warmup, duration),
            await LoadRun.RunAsync("search  GET /matters?keyword  direct", client, n => Search(catalogue, n), workers, warmup, duration),
            await LoadRun.RunAsync("search  GET /matters?keyword  via gateway", client, n => Search(gateway, n), workers, warmup, duration),
        };
        foreach (var result in results)
        {
            Console.WriteLine(result);
        }
        Console.WriteLine($"gateway/direct throughput: lookup {results[1].RequestsPerSecond / results[0].RequestsPerSecond:0.00}, "
            + $"search {results[3].RequestsPerSecond / results[2].RequestsPerSecond:0.00}");
        Console.WriteLine($"gateway added p50 latency: lookup {results[1].P50Ms - results[0].P50Ms:+0.00;-0.00} ms, "
            + $"search {results[3].P50Ms - results[2].P50Ms:+0.00;-0.00} ms");
    }
}
