using Platform.Benchmarks;

// dotnet run -c Release --project tests/Platform.Benchmarks -- catalogue [gateway-url] [catalogue-url] [workers] [seconds]
// (deploy/local/bench.sh starts the distributed mode and runs it).
var what = args.ElementAtOrDefault(0) ?? "catalogue";
if (what != "catalogue")
{
    Console.Error.WriteLine("usage: Platform.Benchmarks catalogue [gateway-url] [catalogue-url] [workers] [seconds]");
    return 2;
}
var gateway = new Uri(args.ElementAtOrDefault(1) ?? "http://localhost:8080");
var catalogue = new Uri(args.ElementAtOrDefault(2) ?? "http://localhost:5101");
var workers = int.Parse(args.ElementAtOrDefault(3) ?? "32");
var seconds = int.Parse(args.ElementAtOrDefault(4) ?? "10");
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "Platform.sln"))) root = Path.GetDirectoryName(root)!;
await CatalogueBenchmark.RunAsync(gateway, catalogue, Path.Combine(root, "services/Catalogue/Demo/demo-catalogue.csv"),
    workers, TimeSpan.FromSeconds(seconds));
return 0;
