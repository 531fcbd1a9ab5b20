using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;

namespace Platform.Approval.Import;

/// <summary>
/// Historical stages from an old system's export (CSV, one row per department task), all or nothing. Each imported
/// stage produces the same events as live work, so supervision counts it. A large file runs as a job
/// (<see cref="ImportEndpoint"/>).
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

    static Task<Results<Ok<StageImportResult>, Accepted<ImportJobView>, ProblemHttpResult>> Import(
        HttpRequest request, CancellationToken cancellationToken) =>
        ImportEndpoint.RunAsync<StageImportResult>(request, ApprovalModule.Name, RunAsync, cancellationToken);

    static async Task<StageImportResult?> RunAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var db = run.Services.GetRequiredService<ApprovalDbContext>();
        var current = run.Services.GetRequiredService<ApprovalCalendar>().Current;
        // Every matter the read model knows, withdrawn ones too: history names the matters of its time.
        var matters = await db.Matters.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        List<List<StageImportRow>> stages;
        using (var text = run.File.Open())
        {
            (stages, var errors) = StageImportFile.Read(text, matters, current, run.Progress.RowRead);
            run.Progress.Add(errors);
        }
        if (run.Progress.HasErrors)
        {
            return null;
        }
        return await StageImport.ApplyAsync(db, stages, run.User.UserName(), current, cancellationToken,
            run.Progress);
    }
}
