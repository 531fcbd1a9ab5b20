using System.Globalization;
using Platform.Benchmarks;

// The benchmarks of issue 9; deploy/local/bench.sh runs them against the local distributed mode and prints one table
// of their rows (each command that measures a row appends it to the file named by BENCH_ROWS). One command a line:
//   catalogue [gateway-url] [catalogue-url] [workers] [seconds] [nginx-url]   P1: lookup/search via gateway (and nginx)
//   intake [gateway-url] [workers] [seconds] [pgbench-cases/s]                 P2: accept+complete; with the ceiling,
//                                                                               also paced at half the rate reached
//   intake-load [gateway-url] [workers] [seconds] [timeline-file] [stop-file]   the fault harness's load (chaos.sh)
//   messaging [amqp-url] [messages] [payload-bytes] [prefetch]                 P3: MassTransit vs RabbitMQ.Client
//   supervision [cases] [postgres-connection-string]                           P4: metrics vs raw SQL (in-process)
//   disclosure [requests] [postgres-connection-string]                         P5: annual report vs raw SQL GROUP BY
//   import-cases [hall-url] [rows] [timeout-seconds] [label]                   history import until supervision counted
// In-process commands use SQLite unless a PostgreSQL connection string is given.
var what = args.ElementAtOrDefault(0) ?? "catalogue";
string Arg(int index, string fallback) => args.ElementAtOrDefault(index) is { Length: > 0 } value && value != "-"
    ? value : fallback;
int Number(int index, int fallback) => int.Parse(Arg(index, fallback.ToString(CultureInfo.InvariantCulture)),
    CultureInfo.InvariantCulture);
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "Platform.sln"))) root = Path.GetDirectoryName(root)!;
var csv = Path.Combine(root, "services/Catalogue/Demo/demo-catalogue.csv");
Uri Gateway() => new(Arg(1, "http://localhost:8080"));

switch (what)
{
    case "catalogue":
        await CatalogueBenchmark.RunAsync(Gateway(), new Uri(Arg(2, "http://localhost:5101")),
            args.ElementAtOrDefault(5) is { Length: > 0 } nginx ? new Uri(nginx) : null, csv, Number(3, 32),
            TimeSpan.FromSeconds(Number(4, 10)));
        return 0;
    case "intake":
        await IntakeBenchmark.RunAsync(Gateway(), csv, Number(2, 16), TimeSpan.FromSeconds(Number(3, 10)),
            args.ElementAtOrDefault(4) is { Length: > 0 } ceiling
                ? double.Parse(ceiling, CultureInfo.InvariantCulture) : null);
        return 0;
    case "intake-load":
        return await IntakeLoad.RunAsync(Gateway(), csv, Number(2, 8), TimeSpan.FromSeconds(Number(3, 30)),
            args.ElementAtOrDefault(4), args.ElementAtOrDefault(5));
    case "messaging":
        await MessagingBenchmark.RunAsync(new Uri(Arg(1, "amqp://guest:guest@127.0.0.1:55672/")),
            Number(2, 100_000), Number(3, 1024), args.ElementAtOrDefault(4) is { Length: > 0 } ? Number(4, 0) : null);
        return 0;
    case "supervision":
        await SupervisionBenchmark.RunAsync(Number(1, 1_000_000), args.ElementAtOrDefault(2));
        return 0;
    case "disclosure":
        await DisclosureBenchmark.RunAsync(Number(1, 1_000_000), args.ElementAtOrDefault(2));
        return 0;
    case "import-cases":
        await CaseImportBenchmark.RunAsync(Gateway(), csv, Number(2, 3_000), TimeSpan.FromSeconds(Number(3, 300)),
            Arg(4, Gateway().ToString()));
        return 0;
    default:
        Console.Error.WriteLine("usage: Platform.Benchmarks catalogue|intake|intake-load|messaging|supervision|"
            + "disclosure|import-cases … (see the list at the top of tests/Platform.Benchmarks/Program.cs)");
        return 2;
}
