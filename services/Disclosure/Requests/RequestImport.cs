using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// Requests from an old register (CSV), all or nothing with every bad row named; a request number that exists is
/// skipped, so importing the same file twice changes nothing. History: no events are published for it. A large file
/// runs as a job (<see cref="ImportEndpoint"/>).
/// </summary>
public static class RequestImport
{
    /// <summary>Requests stored per transaction (and per round of the outbox-free history write).</summary>
    const int Slice = 2_000;

    static readonly string[] Required =
        ["requestNo", "applicantCategory", "channel", "receivedAt", "outcome", "repliedAt"];

    public static RouteGroupBuilder MapRequestImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/requests/import", Import).RequireAuthorization(Roles.DisclosureOfficer).WithTags("requests")
            .WithSummary("以 CSV 批量导入依申请公开登记")
            .WithCsvRequestBody();
        return api;
    }

    static Task<Results<Ok<RequestImportResult>, Accepted<ImportJobView>, ProblemHttpResult>> Import(
        HttpRequest request, CancellationToken cancellationToken) =>
        ImportEndpoint.RunAsync<RequestImportResult>(request, DisclosureModule.Name, RunAsync, cancellationToken);

    /// <summary>Checks the whole file as it streams by, then stores it in slices (in the request or a job).</summary>
    static async Task<RequestImportResult?> RunAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var calendar = run.Services.GetRequiredService<DisclosureCalendar>().Current;
        var db = run.Services.GetRequiredService<DisclosureDbContext>();
        var seen = new Dictionary<string, int>();
        ImportPasses.Check(run, Required, [], (cells, errors) => Check(cells, calendar, seen, errors),
            cancellationToken);
        if (run.Progress.HasErrors)
        {
            return null;
        }
        seen.Clear();
        int imported = 0, skipped = 0;
        await ImportPasses.InSlicesAsync(run, Required, [], cells => RequestImportRow.Read(cells, calendar, []),
            Slice, async rows =>
            {
                var stored = await ApplyAsync(db, rows, cancellationToken);
                (imported, skipped) = (imported + stored.Imported, skipped + stored.Skipped);
                run.Progress.Stored(stored.Imported, stored.Skipped);
            }, cancellationToken);
        return new RequestImportResult(imported, skipped);
    }

    /// <summary>Reads and checks the whole file: the requests it holds, or every row's problems.</summary>
    public static (List<DisclosureRequest> Rows, List<RowError> Errors) Parse(TextReader text,
        WorkingDayCalendar calendar)
    {
        var (table, errors) = CsvTable.Read(text, Required, []);
        var rows = new List<DisclosureRequest>(table.Count);
        var seen = new Dictionary<string, int>();
        foreach (var cells in table)
        {
            var before = errors.Count;
            if (Check(cells, calendar, seen, errors) is { } row && errors.Count == before)
            {
                rows.Add(row);
            }
        }
        return (rows, errors);
    }

    /// <summary>One row read and checked, its request number not seen before in the file.</summary>
    static DisclosureRequest? Check(CsvRow cells, WorkingDayCalendar calendar, Dictionary<string, int> seen,
        List<RowError> errors)
    {
        var row = RequestImportRow.Read(cells, calendar, errors);
        if (!seen.TryAdd(cells["requestNo"], cells.Line))
        {
            errors.Add(new RowError(cells.Line, "requestNo", $"申请编号与第 {seen[cells["requestNo"]]} 行重复。"));
        }
        return row;
    }

    /// <summary>Stores the requests not yet known.</summary>
    public static async Task<RequestImportResult> ApplyAsync(DisclosureDbContext db,
        IReadOnlyList<DisclosureRequest> rows, CancellationToken cancellationToken)
    {
        var existing = await ExistingKeys.InSlicesAsync(
            rows.Select(r => r.RequestNo),
            slice => db.Requests
                .Where(r => slice.Contains(r.RequestNo))
                .Select(r => r.RequestNo)
                .ToListAsync(cancellationToken));
        db.Requests.AddRange(rows.Where(r => !existing.Contains(r.RequestNo)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new RequestImportResult(rows.Count - existing.Count, existing.Count);
    }
}
