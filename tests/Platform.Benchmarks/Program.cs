using Platform.Benchmarks;

// dotnet run -c Release --project tests/Platform.Benchmarks -- catalogue|intake [gateway-url] [catalogue-url (catalogue only)] [workers] [seconds]
// (deploy/local/bench.sh starts the distributed mode and runs both).
// dotnet run -c Release --project tests/Platform.Benchmarks -- intake-load [gateway-url] [workers] [seconds] [timeline-file] [stop-file]
// (the intake workload until the time is up, SIGTERM or the stop file; prints the answers by status: deploy/local/chaos.sh).
// dotnet run -c Release --project tests/Platform.Benchmarks -- disclosure [requests] [postgres-connection-string]
// (in-process: the annual report over imported requests, SQLite unless a PostgreSQL connection string is given).
// dotnet run -c Release --project tests/Platform.Benchmarks -- supervision [cases] [postgres-connection-string]
// (in-process: metrics and ranking queries over supervision's read model).
var what = args.ElementAtOrDefault(0) ?? "catalogue";
var gateway = new Uri(what is "disclosure" or "supervision" ? "http://localhost:8080" : args.ElementAtOrDefault(1) ?? "http://localhost:8080");
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "Platform.sln"))) root = Path.GetDirectoryName(root)!;
var csv = Path.Combine(root, "services/Catalogue/Demo/demo-catalogue.csv");
if (what == "intake-load")
{
    return await IntakeLoad.RunAsync(gateway, csv, int.Parse(args.ElementAtOrDefault(2) ?? "8"),
        TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(3) ?? "30")), args.ElementAtOrDefault(4), args.ElementAtOrDefault(5));
}
var workers = int.Parse(args.ElementAtOrDefault(3) ?? "32");
var seconds = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(4) ?? "10"));
switch (what)
{
    case "supervision":
        await SupervisionBenchmark.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "1000000"), args.ElementAtOrDefault(2));
        return 0;
    case "disclosure":
        await DisclosureBenchmark.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "1000000"), args.ElementAtOrDefault(2));
        return 0;
    case "catalogue":
        await CatalogueBenchmark.RunAsync(gateway, new Uri(args.ElementAtOrDefault(2) ?? "http://localhost:5101"), csv, workers, seconds);
        return 0;
    case "intake":
        await IntakeBenchmark.RunAsync(gateway, csv, workers, seconds);
        return 0;
    default:
        Console.Error.WriteLine("usage: Platform.Benchmarks catalogue|intake [gateway-url] [catalogue-url (catalogue only)] [workers] [seconds]"
            + " | intake-load [gateway-url] [workers] [seconds] [timeline-file] [stop-file]"
            + " | disclosure|supervision [rows] [postgres-connection-string]");
        return 2;
}
