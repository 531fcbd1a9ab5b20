using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Disclosure.Requests;

/// <summary>
/// An officer's step on one request: load, check and change, save (the record is concurrency-stamped).
/// </summary>
static class RequestChanges
{
    public static async Task<Results<Ok<RequestView>, ProblemHttpResult>> ApplyAsync(string requestNo,
        DisclosureDbContext db, RequestViews views, CancellationToken cancellationToken,
        Func<DisclosureRequest, ProblemHttpResult?> apply)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.RequestNo == requestNo, cancellationToken);
        if (request is null)
        {
            return NotFound(requestNo);
        }
        if (apply(request) is { } problem)
        {
            return problem;
        }
        // The concurrency stamp makes a concurrent change by someone else a 409 conflict, not an overwrite.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(views.Of(request));
    }

    public static ProblemHttpResult Invalid(string field, string message) => Problems.Invalid([new(field, message)]);

    public static ProblemHttpResult NotFound(string requestNo) =>
        Problems.NotFound("request-not-found", $"没有编号为 {requestNo} 的政府信息公开申请。");
}
