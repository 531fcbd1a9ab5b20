using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;

namespace Platform.Disclosure.Publications;

/// <summary>The public's view (anonymous, also through the gateway's /public route): published items only.</summary>
public static class PublicPublicationsApi
{
    public static RouteGroupBuilder MapPublicPublicationsApi(this RouteGroupBuilder api)
    {
        var published = api.MapGroup("/public/publications").WithTags("public").AllowAnonymous();
        published.MapGet("/", Search)
            .WithSummary("检索已主动公开的政府信息");
        published.MapGet("/{id:guid}", Get)
            .WithSummary("查看已主动公开的政府信息");
        // Anything else under the public list is simply not there: a 404 problem, not the fallback policy's 401.
        // Not an operation of the document: it only answers what is not there.
        published.MapMethods("/{**rest}", [HttpMethods.Get, HttpMethods.Head], NotFound).ExcludeFromDescription();
        return api;
    }

    static async Task<Results<Ok<PageOf<PublishedItem>>, ProblemHttpResult>> Search(DisclosureDbContext db,
        string? keyword, string? category, int? year, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        if (year is < 2000 or > 2100)
        {
            return Problems.Invalid([new("year", "年份应为四位数字，如 2025。")]);
        }
        var query = db.Publications.AsNoTracking().Where(p => p.Status == PublicationStatus.Published);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var words = keyword.Trim();
            query = query.Where(p => p.Title.Contains(words)
                || (p.DocumentNo != null && p.DocumentNo.Contains(words))
                || p.IndexNo.Contains(words));
        }
        if (category is not null)
        {
            query = query.Where(p => p.Category == category);
        }
        if (year is { } y)
        {
            var (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(p => p.PublishedDate >= start && p.PublishedDate <= end);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(p => p.PublishedDate)
            .ThenByDescending(p => p.IndexNo)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(p => new PublishedItem(
                p.Id, p.IndexNo, p.Title, p.Category, p.DocumentNo, p.IssuingBody, p.PublishedDate, null, null))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<PublishedItem>(items, pageNumber, size, total));
    }

    static async Task<Results<Ok<PublishedItem>, ProblemHttpResult>> Get(Guid id, DisclosureDbContext db,
        CancellationToken cancellationToken)
    {
        var p = await db.Publications.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.Status == PublicationStatus.Published, cancellationToken);
        // Attachments stored before their addresses were checked are served only where they are safe to follow.
        return p is null
            ? NotFound()
            : TypedResults.Ok(new PublishedItem(p.Id, p.IndexNo, p.Title, p.Category, p.DocumentNo, p.IssuingBody,
                p.PublishedDate, p.Body, p.Attachments.Where(a => AttachmentUrls.IsSafe(a.Url)).ToList()));
    }

    static ProblemHttpResult NotFound() =>
        Problems.NotFound("publication-not-found", "没有找到这条公开信息，它可能尚未公开或已撤回。");
}
