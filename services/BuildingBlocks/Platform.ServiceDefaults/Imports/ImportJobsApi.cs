using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// <c>GET imports/{jobId}</c> of a service: the state of one of its import jobs, for the role that may import there.
/// </summary>
public static class ImportJobsApi
{
    public static RouteGroupBuilder MapImportJobsApi(this RouteGroupBuilder api, string service, string role)
    {
        // No route constraint: a malformed id is a 404 after the role check, like an unknown one.
        api.MapGet("/imports/{jobId}", (string jobId, ImportJobs jobs) => Find(jobs, service, jobId))
            .RequireAuthorization(role)
            .WithTags("imports")
            .WithSummary("导入任务的进度与结果（大文件或 Prefer: respond-async 的导入）");
        return api;
    }

    static Results<Ok<ImportJobView>, ProblemHttpResult> Find(ImportJobs jobs, string service, string jobId) =>
        Guid.TryParse(jobId, out var id) && jobs.Find(service, id) is { } job ? TypedResults.Ok(job.View())
            : Problems.Of(StatusCodes.Status404NotFound, "import-job-not-found",
                "没有这个导入任务：编号有误，或服务重启后任务记录已不在。已提交的批次都已保存；"
                + "如不确定是否导入完整，请重新导入同一文件，已导入的行会被跳过。");
}
