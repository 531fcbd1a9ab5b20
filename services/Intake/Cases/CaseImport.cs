using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// Historical cases from an old system's export (CSV), all or nothing. Each imported case produces the same events as
/// live work (accepted, completed, rated), so supervision counts it; a case number that exists is skipped.
/// </summary>
public static class CaseImport
{
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

    static async Task<Results<Ok<CaseImportResult>, ProblemHttpResult>> Import(HttpRequest request, IntakeDbContext db,
        IntakeCalendar calendar, CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        var (table, errors) = CsvTable.Read(new StringReader(await UploadedText.ReadAsync(request, cancellationToken)),
            Required, Optional);
        var matters = await db.Matters.AsNoTracking().Where(m => m.Published)
            .ToDictionaryAsync(m => m.Code, cancellationToken);
        var points = await db.ServicePoints.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var rows = new List<CaseImportRow>();
        var seen = new Dictionary<string, int>();
        foreach (var cells in table)
        {
            var rowErrors = new List<RowError>();
            var row = CaseImportRow.Read(cells, matters, points, calendar.Current, rowErrors);
            if (seen.TryGetValue(cells["caseNo"], out var first))
            {
                rowErrors.Add(new RowError(cells.Line, "caseNo", $"受理编号与第 {first} 行重复。"));
            }
            seen.TryAdd(cells["caseNo"], cells.Line);
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0 && row is not null)
            {
                rows.Add(row);
            }
        }
        if (errors.Count > 0)
        {
            return Problems.ImportRejected(errors);
        }

        var existing = await ExistingKeys.InSlicesAsync(rows.Select(r => r.CaseNo),
            slice => db.Cases.Where(c => slice.Contains(c.CaseNo)).Select(c => c.CaseNo)
                .ToListAsync(cancellationToken));
        foreach (var row in rows.Where(r => !existing.Contains(r.CaseNo)))
        {
            Stage(db, row, calendar.Current);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new CaseImportResult(rows.Count - existing.Count, existing.Count));
    }

    static void Stage(IntakeDbContext db, CaseImportRow row, WorkingDayCalendar calendar)
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
        db.AddEvent(CaseEvents.Accepted(@case, completionFollows: row.CompletedAt is not null));
        if (row.CompletedAt is { } completedAt)
        {
            CaseClock.Complete(@case, completedAt, row.Result!, null, calendar);
            @case.Timeline.Add(new(completedAt, "completed", "历史数据导入"));
            db.AddEvent(CaseEvents.Completed(@case));
        }
        if (row.Rating is { } score)
        {
            @case.RatingScore = score;
            db.AddEvent(new CaseRated(@case.CaseNo, @case.MatterCode, @case.DepartmentCode, @case.WindowNo, score,
                null, null, row.CompletedAt!.Value));
        }
    }
}
