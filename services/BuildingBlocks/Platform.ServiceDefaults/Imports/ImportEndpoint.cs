using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// The one way every CSV import route takes a file: text/csv only, the upload streamed to disk within the import
/// limit, then either the work inside the request (today's 200 with the result, or the 400 naming every bad row) or,
/// for a file over the row threshold or a request that asks with <c>Prefer: respond-async</c> (RFC 7240), a job:
/// 202 with <c>Location</c> of <c>GET /api/{service}/imports/{id}</c> and the job's first state.
/// </summary>
public static class ImportEndpoint
{
    public static async Task<Results<Ok<TResult>, Accepted<ImportJobView>, ProblemHttpResult>> RunAsync<TResult>(
        HttpRequest request, string service, ImportWork<TResult> work, CancellationToken cancellationToken)
        where TResult : class
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        var services = request.HttpContext.RequestServices;
        var configuration = services.GetRequiredService<IConfiguration>();
        var (file, tooLarge) = await ImportUpload.ReceiveAsync(request, ImportLimits.MaxBytes(configuration),
            cancellationToken);
        if (file is null)
        {
            return tooLarge!;
        }
        var user = request.HttpContext.User;
        if (PrefersAsync(request) || file.Lines > ImportLimits.AsyncRowThreshold(configuration))
        {
            var job = services.GetRequiredService<ImportJobs>().Start(service, file, work, user);
            request.HttpContext.Response.Headers["Preference-Applied"] = "respond-async";
            return TypedResults.Accepted($"{request.PathBase}/api/{service}/imports/{job.Id}", job.View());
        }
        await using (file)
        {
            var progress = new ImportProgress();
            var result = await work(new ImportRun(file, services, progress, user), cancellationToken);
            return progress.HasErrors ? Problems.ImportRejected(progress.Errors) : TypedResults.Ok(result!);
        }
    }

    static bool PrefersAsync(HttpRequest request) =>
        request.Headers["Prefer"].SelectMany(value => (value ?? "").Split(',', ';'))
            .Any(token => token.Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase));
}
