using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Files;

/// <summary>Electronic materials and results: upload (allow-listed, size-limited, scanned), guarded download.</summary>
public static class FilesApi
{
    public static RouteGroupBuilder MapFilesApi(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/files").WithTags("files");
        files.MapPost("/", FileUpload.Upload).DisableAntiforgery()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Applicant, Roles.Agent, Roles.WindowStaff,
                Roles.Approver, Roles.Admin))
            .WithSummary("上传申请材料文件");
        files.MapGet("/{id:guid}", Download).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("下载申请材料文件");
        return api;
    }

    /// <summary>
    /// Always an attachment with the type the allow-list gave it and nosniff, so a browser never renders an upload
    /// in the hall's origin.
    /// </summary>
    static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(Guid id, ClaimsPrincipal user,
        HttpContext http, IntakeDbContext db, FileStore store, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null || !await FileVisibility.MaySeeAsync(user, file, db, cancellationToken)
            || store.Open(id) is not { } content)
        {
            return Problems.NotFound("file-not-found", "没有这个文件，或您无权查看。");
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
