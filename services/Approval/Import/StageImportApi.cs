using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;

namespace Platform.Approval.Import;

/// <summary>
/// Historical stages from an old system's export (CSV, one row per department task), all or nothing. Each imported
/// stage produces the same events as live work, so supervision counts it.
/// </summary>
public static class StageImportApi
{
    public static RouteGroupBuilder MapStageImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/stages/import", Import).RequireAuthorization(Roles.Admin).WithTags("stages")
            .WithSummary("以 CSV 批量导入并联审批阶段")
            .WithCsvRequestBody();
        return api;
    }

    static async Task<Results<Ok<StageImportResult>, ProblemHttpResult>> Import(HttpRequest request,
        ApprovalDbContext db, ApprovalCalendar calendar, CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        var text = await UploadedText.ReadAsync(request, cancellationToken);
        // Every matter the read model knows, withdrawn ones too: history names the matters of its time.
        var matters = await db.Matters.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        var current = calendar.Current;
        var (stages, errors) = StageImportFile.Read(new StringReader(text), matters, current);
        if (errors.Count > 0)
        {
            return Problems.ImportRejected(errors);
        }
        var result = await StageImport.ApplyAsync(db, stages, request.HttpContext.User.UserName(), current,
            cancellationToken);
        return TypedResults.Ok(result);
    }
}
