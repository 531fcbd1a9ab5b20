using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// Historical cases from an old system's export (CSV), all or nothing. Each slice of stored cases produces one
/// <see cref="CaseHistoryImported"/> with every case's acceptance, completion and rating, so supervision counts them
/// as it counts live work, a slice per unit of work; a case number that exists is skipped. A large file runs as a job
/// (<see cref="ImportEndpoint"/>).
/// </summary>
public static class CaseImport
{
    /// <summary>Cases stored per transaction, with the one event that tells them.</summary>
    const int Slice = 1_000;

    static readonly string[] Required = ["caseNo", "matterCode", "acceptedAt", "completedAt", "suspendedWorkingDays"];
    static readonly string[] Optional =
        ["applicantType", "windowNo", "result", "rating", "channel", "pointCode", "visits"];

    public static RouteGroupBuilder MapCaseImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/import", Import).RequireAuthorization(Roles.Admin).WithTags("cases")
            .WithSummary("以 CSV 批量导入办件")
            .WithCsvRequestBody();
        return api;
    }

    static Task<Results<Ok<CaseImportResult>, Accepted<ImportJobView>, ProblemHttpResult>> Import(
        HttpRequest request, CancellationToken cancellationToken) =>
        ImportEndpoint.RunAsync<CaseImportResult>(request, IntakeModule.Name, RunAsync, cancellationToken);

    /// <summary>
    /// Checks the whole file as it streams by (every bad row named, nothing stored), then stores it in slices: each
    /// slice's cases and their events in one transaction, cases already known skipped.
    /// </summary>
    static async Task<CaseImportResult?> RunAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var db = run.Services.GetRequiredService<IntakeDbContext>();
        var calendar = run.Services.GetRequiredService<IntakeCalendar>().Current;
        var matters = await db.Matters.AsNoTracking().Where(m => m.Published)
            .ToDictionaryAsync(m => m.Code, cancellationToken);
        var points = await db.ServicePoints.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var seen = new Dictionary<string, int>();
        ImportPasses.Check(run, Required, Optional, (cells, errors) =>
        {
            CaseImportRow.Read(cells, matters, points, calendar, errors);
            if (!seen.TryAdd(cells["caseNo"], cells.Line))
            {
                errors.Add(new RowError(cells.Line, "caseNo", $"受理编号与第 {seen[cells["caseNo"]]} 行重复。"));
            }
        }, cancellationToken);
        if (run.Progress.HasErrors)
        {
            return null;
        }
        seen.Clear();
        int imported = 0, skipped = 0;
        await ImportPasses.InSlicesAsync(run, Required, Optional,
            cells => CaseImportRow.Read(cells, matters, points, calendar, []), Slice, async rows =>
            {
                var numbers = rows.Select(r => r.CaseNo).ToList();
                var existing = (await db.Cases.Where(c => numbers.Contains(c.CaseNo))
                    .Select(c => c.CaseNo).ToListAsync(cancellationToken)).ToHashSet();
                var stored = rows.Where(r => !existing.Contains(r.CaseNo)).Select(r => Stage(db, r, calendar)).ToList();
                if (stored.Count > 0)
                {
                    db.AddEvent(new CaseHistoryImported(calendar.Version, stored));
                }
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                (imported, skipped) = (imported + rows.Count - existing.Count, skipped + existing.Count);
                run.Progress.Stored(rows.Count - existing.Count, existing.Count);
            }, cancellationToken);
        return new CaseImportResult(imported, skipped);
    }

    static ImportedCase Stage(IntakeDbContext db, CaseImportRow row, WorkingDayCalendar calendar)
    {
        var @case = new Case
        {
            CaseNo = row.CaseNo,
            MatterCode = row.Matter.Code,
            MatterName = row.Matter.Name,
            MatterVersion = row.Matter.Version,
            DepartmentCode = row.Matter.DepartmentCode,
            HandlingKind = row.Matter.HandlingKind,
            StatutoryLimitDays = row.Matter.StatutoryLimitDays,
            PromisedLimitDays = row.Matter.PromisedLimitDays,
            Applicant = new Applicant(row.ApplicantType, "（历史导入）", "", null),
            WindowNo = row.WindowNo,
            SuspendedWorkingDays = row.Suspended,
            CalendarVersion = calendar.Version,
            Imported = true,
            Channel = row.Channel.Channel,
            PointCode = row.Channel.PointCode,
            PointLevel = row.Channel.PointLevel,
            Visits = row.Channel.Visits,
        };
        CaseClock.Start(@case, row.AcceptedAt, calendar);
        @case.Timeline.Add(new(row.AcceptedAt, "accepted", "历史数据导入"));
        db.Cases.Add(@case);
        if (row.CompletedAt is { } completedAt)
        {
            CaseClock.Complete(@case, completedAt, row.Result!, null, calendar);
            @case.Timeline.Add(new(completedAt, "completed", "历史数据导入"));
        }
        @case.RatingScore = row.Rating;
        return CaseEvents.Imported(@case);
    }
}
