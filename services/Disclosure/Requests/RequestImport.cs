using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// Requests from an old register (CSV), all or nothing with every bad row named; a request number that exists is
/// skipped, so importing the same file twice changes nothing. History: no events are published for it.
/// </summary>
public static class RequestImport
{
    static readonly string[] Required =
        ["requestNo", "applicantCategory", "channel", "receivedAt", "outcome", "repliedAt"];

    public static RouteGroupBuilder MapRequestImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/requests/import", Import).RequireAuthorization(Roles.DisclosureOfficer).WithTags("requests")
            .WithSummary("以 CSV 批量导入依申请公开登记")
            .WithCsvRequestBody();
        return api;
    }

    static async Task<Results<Ok<RequestImportResult>, ProblemHttpResult>> Import(HttpRequest request,
        DisclosureDbContext db, DisclosureCalendar calendar, CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        var text = new StringReader(await UploadedText.ReadAsync(request, cancellationToken));
        var (rows, errors) = Parse(text, calendar.Current);
        if (errors.Count > 0)
        {
            return Problems.ImportRejected(errors);
        }
        return TypedResults.Ok(await ApplyAsync(db, rows, cancellationToken));
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
            var row = RequestImportRow.Read(cells, calendar, errors);
            if (!seen.TryAdd(cells["requestNo"], cells.Line))
            {
                errors.Add(new RowError(cells.Line, "requestNo", $"申请编号与第 {seen[cells["requestNo"]]} 行重复。"));
            }
            if (errors.Count == before && row is not null)
            {
                rows.Add(row);
            }
        }
        return (rows, errors);
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
