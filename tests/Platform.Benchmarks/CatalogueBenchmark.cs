namespace Platform.Benchmarks;

/// <summary>
/// P1: matter lookup and search through the gateway next to the same requests made to the catalogue service directly,
/// in the distributed mode, and (when given) the lookup through a plain nginx reverse proxy in front of the same
/// service: same client, workers and seconds, taken in turns in one run. Loads the demo catalogue first.
/// </summary>
public static class CatalogueBenchmark
{
    /// <summary>The loads run in turns, each this many times for a part of its seconds.</summary>
    const int Rounds = 3;

    public static async Task RunAsync(Uri gateway, Uri catalogue, Uri? nginx, string csvPath, int workers,
        TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = workers * 2,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        });
        var codes = await HallApi.LoadDemoCatalogueAsync(client, gateway, csvPath);
        string Lookup(Uri baseUri, int n) =>
            new Uri(baseUri, $"/api/catalogue/matters/{codes[n % codes.Count]}").ToString();
        string[] keywords = ["许可", "登记", "证明", "备案", "审批", "补贴", "查询", "变更"];
        string Search(Uri baseUri, int n) => new Uri(baseUri,
            $"/api/catalogue/matters?keyword={Uri.EscapeDataString(keywords[n % keywords.Length])}&page=1&pageSize=20")
            .ToString();

        Console.WriteLine($"catalogue benchmark: {workers} concurrent clients, {duration.TotalSeconds:0} s per load "
            + $"in {Rounds} turns, {codes.Count} matters");
        var warmup = TimeSpan.FromSeconds(3);
        List<(string, Func<int, string>)> lookups =
        [
            ("lookup  GET /matters/{code}  direct", n => Lookup(catalogue, n)),
            ("lookup  GET /matters/{code}  via gateway", n => Lookup(gateway, n)),
        ];
        if (nginx is not null) lookups.Add(("lookup  GET /matters/{code}  via nginx", n => Lookup(nginx, n)));
        var lookup = await LoadRun.InTurnsAsync(client, lookups, workers, warmup, duration, Rounds);
        var search = await LoadRun.InTurnsAsync(client,
        [
            ("search  GET /matters?keyword  direct", n => Search(catalogue, n)),
            ("search  GET /matters?keyword  via gateway", n => Search(gateway, n)),
        ], workers, warmup, duration, Rounds);
        var (direct, viaGateway, viaNginx) = (lookup[0], lookup[1], lookup.ElementAtOrDefault(2));
        var (searchDirect, searchGateway) = (search[0], search[1]);
        foreach (var result in new[] { direct, viaGateway, viaNginx, searchDirect, searchGateway }.OfType<LoadResult>())
        {
            Console.WriteLine(result);
        }
        var gatewayRatio = viaGateway.RequestsPerSecond / direct.RequestsPerSecond;
        Console.WriteLine($"gateway/direct throughput: lookup {gatewayRatio:0.00}, "
            + $"search {searchGateway.RequestsPerSecond / searchDirect.RequestsPerSecond:0.00}");
        Console.WriteLine($"gateway added p50 latency: lookup {viaGateway.P50Ms - direct.P50Ms:+0.00;-0.00} ms, "
            + $"search {searchGateway.P50Ms - searchDirect.P50Ms:+0.00;-0.00} ms");
        if (viaNginx is null)
        {
            return;
        }
        var nginxRatio = viaNginx.RequestsPerSecond / direct.RequestsPerSecond;
        Console.WriteLine($"nginx/direct throughput: lookup {nginxRatio:0.00}");
        var errors = direct.Errors + viaGateway.Errors + viaNginx.Errors;
        BenchRows.Add("P1 gateway ÷ direct, matter lookup",
            $"direct {direct.RequestsPerSecond:0} req/s, gateway {viaGateway.RequestsPerSecond:0}, "
            + $"nginx {viaNginx.RequestsPerSecond:0} (nginx ÷ direct {nginxRatio:0.00}); {workers} clients, "
            + $"{duration.TotalSeconds:0} s each, {errors} errors",
            gatewayRatio, $"≥ nginx's ratio ({nginxRatio:0.00})", gatewayRatio >= nginxRatio && errors == 0);
    }
}
