using Platform.Benchmarks;

// dotnet run -c Release --project tests/Platform.Benchmarks -- catalogue|intake [gateway-url] [catalogue-url (catalogue only)] [workers] [seconds]
// (deploy/local/bench.sh starts the distributed mode and runs both).
var what = args.ElementAtOrDefault(0) ?? "catalogue";
var gateway = new Uri(args.ElementAtOrDefault(1) ?? "http://localhost:8080");
var workers = int.Parse(args.ElementAtOrDefault(3) ?? "32");
var seconds = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(4) ?? "10"));
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "Platform.sln"))) root = Path.GetDirectoryName(root)!;
var csv = Path.Combine(root, "services/Catalogue/Demo/demo-catalogue.csv");
switch (what)
{
    case "catalogue":
        await CatalogueBenchmark.RunAsync(gateway, new Uri(args.ElementAtOrDefault(2) ?? "http://localhost:5101"), csv, workers, seconds);
        return 0;
    case "intake":
        await IntakeBenchmark.RunAsync(gateway, csv, workers, seconds);
        return 0;
    default:
        Console.Error.WriteLine("usage: Platform.Benchmarks catalogue|intake [gateway-url] [catalogue-url (catalogue only)] [workers] [seconds]");
        return 2;
}
