using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

public sealed record CaseImportResult(int Imported, int Skipped);

/// <summary>
/// Historical cases from an old system's export (CSV), all or nothing. Each imported case produces the same events as
/// live work (accepted, completed, rated), so supervision counts it; a case number that exists is skipped.
/// </summary>
public static partial class CaseImport
{
    static readonly string[] Required = ["caseNo", "matterCode", "acceptedAt", "completedAt", "suspendedWorkingDays"];
    static readonly string[] Optional = ["applicantType", "windowNo", "result", "rating"];

    public static RouteGroupBuilder MapCaseImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/import", Import).RequireAuthorization(Roles.Admin).WithTags("cases");
        return api;
    }

    sealed record Row(int Line, string CaseNo, LocalMatter Matter, DateTimeOffset AcceptedAt, DateTimeOffset? CompletedAt,
        int Suspended, string ApplicantType, string? WindowNo, string? Result, int? Rating);

    static async Task<Results<Ok<CaseImportResult>, ProblemHttpResult>> Import(HttpRequest request, IntakeDbContext db,
        IntakeCalendar calendar, CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var (table, errors) = CsvTable.Read(new StringReader(await reader.ReadToEndAsync(cancellationToken)), Required, Optional);
        var matters = await db.Matters.AsNoTracking().Where(m => m.Published).ToDictionaryAsync(m => m.Code, cancellationToken);
        var rows = new List<Row>();
        var seen = new Dictionary<string, int>();
        foreach (var cells in table)
        {
            var rowErrors = new List<RowError>();
            var row = ReadRow(cells, matters, calendar.Current, rowErrors);
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
            slice => db.Cases.Where(c => slice.Contains(c.CaseNo)).Select(c => c.CaseNo).ToListAsync(cancellationToken));
        foreach (var row in rows.Where(r => !existing.Contains(r.CaseNo)))
        {
            Stage(db, row, calendar.Current);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new CaseImportResult(rows.Count - existing.Count, existing.Count));
    }

    static Row? ReadRow(CsvRow cells, Dictionary<string, LocalMatter> matters, WorkingDayCalendar calendar, List<RowError> errors)
    {
        var line = cells.Line;
        void Error(string column, string message) => errors.Add(new RowError(line, column, message));
        var caseNo = cells["caseNo"];
        if (!CaseNoPattern().IsMatch(caseNo)) Error("caseNo", "受理编号必填，最长 32 位，只能包含字母、数字、短横线和下划线。");
        if (!matters.TryGetValue(cells["matterCode"], out var matter)) Error("matterCode", $"事项“{cells["matterCode"]}”未在事项目录中发布。");
        var acceptedAt = Dates.Instant(cells["acceptedAt"]);
        if (acceptedAt is null) Error("acceptedAt", "应为带时区的 ISO-8601 时间，如 2025-09-30T09:15:00+08:00。");
        DateTimeOffset? completedAt = null;
        if (cells["completedAt"].Length > 0)
        {
            completedAt = Dates.Instant(cells["completedAt"]);
            if (completedAt is null) Error("completedAt", "应为带时区的 ISO-8601 时间，或留空表示尚未办结。");
            else if (acceptedAt is not null && completedAt < acceptedAt) Error("completedAt", "办结时间早于受理时间。");
        }
        var suspended = 0;
        if (cells["suspendedWorkingDays"].Length > 0 && (!int.TryParse(cells["suspendedWorkingDays"], NumberStyles.None, CultureInfo.InvariantCulture, out suspended) || suspended > 3650))
            Error("suspendedWorkingDays", "应为 0 或正整数（特别程序等不计时的工作日数）。");
        var applicantType = cells["applicantType"] is { Length: > 0 } type ? type : "natural";
        if (applicantType is not ("natural" or "legal")) Error("applicantType", "应为 natural 或 legal。");
        if (cells["windowNo"].Length > 16) Error("windowNo", "窗口号最长 16 位。");
        var result = cells["result"] is { Length: > 0 } r ? r : completedAt is null ? null : "approved";
        if (result is not (null or "approved" or "denied")) Error("result", "应为 approved 或 denied。");
        if (result is not null && completedAt is null && cells["result"].Length > 0) Error("result", "未办结的办件不能有办理结果。");
        int? rating = null;
        if (cells["rating"].Length > 0)
        {
            if (!int.TryParse(cells["rating"], out var score) || score is < 1 or > 5) Error("rating", "评价应为 1 到 5。");
            else if (completedAt is null) Error("rating", "未办结的办件不能有评价。");
            else rating = score;
        }
        foreach (var instant in new[] { acceptedAt, completedAt }.OfType<DateTimeOffset>())
        {
            if (!calendar.HasYear(HallTime.DateOf(instant).Year))
                Error(instant == acceptedAt ? "acceptedAt" : "completedAt", $"工作日历中没有 {HallTime.DateOf(instant).Year} 年的数据，无法计算工作日。");
        }
        return matter is null || acceptedAt is null ? null
            : new Row(line, caseNo, matter, acceptedAt.Value, completedAt, suspended, applicantType,
                cells["windowNo"] is { Length: > 0 } w ? w : null, result, rating);
    }

    static void Stage(IntakeDbContext db, Row row, WorkingDayCalendar calendar)
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
        };
        CaseClock.Start(@case, row.AcceptedAt, calendar);
        @case.Timeline.Add(new(row.AcceptedAt, "accepted", "历史数据导入"));
        db.Cases.Add(@case);
        db.AddEvent(CaseEvents.Accepted(@case));
        if (row.CompletedAt is { } completedAt)
        {
            CaseClock.Complete(@case, completedAt, row.Result!, null, calendar);
            @case.Timeline.Add(new(completedAt, "completed", "历史数据导入"));
            db.AddEvent(CaseEvents.Completed(@case));
        }
        if (row.Rating is { } score)
        {
            @case.RatingScore = score;
            db.AddEvent(new CaseRated(@case.CaseNo, @case.MatterCode, @case.DepartmentCode, @case.WindowNo, score, null, null,
                row.CompletedAt!.Value));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex CaseNoPattern();
}
