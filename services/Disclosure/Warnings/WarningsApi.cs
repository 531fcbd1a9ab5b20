using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Disclosure.Warnings;

public static class WarningsApi
{
    public static RouteGroupBuilder MapWarningsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/warnings", List).WithTags("warnings").RequireAuthorization(Roles.DisclosureOfficer)
            .WithSummary("列出即将或已经逾期的公开事项预警");
        return api;
    }

    /// <summary>Open warnings first by default; <c>open=false</c> lists cleared ones too.</summary>
    static async Task<Results<Ok<PageOf<WarningView>>, ProblemHttpResult>> List(DisclosureDbContext db, string? level,
        string? subject, bool? open, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        if (level is not (null or "yellow" or "red"))
        {
            return Problems.Invalid([new("level", "级别应为 yellow 或 red。")]);
        }
        if (subject is not (null or "request" or "publication"))
        {
            return Problems.Invalid([new("subject", "对象应为 request 或 publication。")]);
        }
        var query = db.Warnings.AsNoTracking();
        if (open ?? true)
        {
            query = query.Where(w => w.ClearedAt == null);
        }
        if (level is not null)
        {
            query = query.Where(w => w.Level == level);
        }
        if (subject is not null)
        {
            query = query.Where(w => w.Subject == subject);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(w => w.DueDate)
            .ThenBy(w => w.SubjectId)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(w => new WarningView(w.Id, w.Subject, w.SubjectId, w.Level, w.DueDate, w.DueDateProvisional,
                w.RaisedAt, w.ClearedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<WarningView>(items, pageNumber, size, total));
    }
}
