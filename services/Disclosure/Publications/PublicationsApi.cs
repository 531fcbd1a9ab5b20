using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>
/// 主动公开 for disclosure officers: draft, 保密审查 by another officer (<see cref="PublicationReview"/>), publish,
/// withdraw, abolish (<see cref="PublicationPublishing"/>).
/// </summary>
public static class PublicationsApi
{
    public static RouteGroupBuilder MapPublicationsApi(this RouteGroupBuilder api)
    {
        var publications = api.MapGroup("/publications")
            .WithTags("publications")
            .RequireAuthorization(Roles.DisclosureOfficer);
        publications.MapGet("/", List)
            .WithSummary("列出主动公开信息（含未发布的）");
        publications.MapPost("/", Create)
            .WithSummary("新建主动公开信息");
        publications.MapGet("/{id:guid}", Get)
            .WithSummary("查看主动公开信息详情");
        publications.MapPut("/{id:guid}", Edit)
            .WithSummary("修改主动公开信息");
        publications.MapPost("/{id:guid}/submit", PublicationReview.Submit)
            .WithSummary("提交主动公开信息送审");
        publications.MapPost("/{id:guid}/review", PublicationReview.Review)
            .WithSummary("审核主动公开信息");
        publications.MapPost("/{id:guid}/publish", PublicationPublishing.Publish)
            .WithSummary("发布主动公开信息");
        publications.MapPost("/{id:guid}/withdraw", PublicationPublishing.Withdraw)
            .WithSummary("撤回已发布的主动公开信息");
        publications.MapPost("/{id:guid}/abolish", PublicationPublishing.Abolish)
            .WithSummary("废止已发布的主动公开信息");
        return api;
    }

    static async Task<Results<Ok<PageOf<PublicationView>>, ProblemHttpResult>> List(DisclosureDbContext db,
        DisclosureCalendar calendar, HallClock clock, string? status, string? category, bool? overdue, int? page,
        int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        var query = db.Publications.AsNoTracking();
        if (status is not null)
        {
            var wanted = Enum.GetValues<PublicationStatus>()
                .Where(s => PublicationView.StatusName(s) == status)
                .ToList();
            if (wanted.Count == 0)
            {
                return Problems.Invalid([new("status", "状态应为 draft、in-review、approved、published 或 withdrawn。")]);
            }
            query = query.Where(p => p.Status == wanted[0]);
        }
        if (category is not null)
        {
            query = query.Where(p => p.Category == category);
        }
        var overdueBefore = PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock);
        if (overdue == true)
        {
            query = PublicationDeadlines.Pending(query).Where(p => p.PublishDueDate < overdueBefore);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(p => p.CreatedDate)
            .ThenByDescending(p => p.IndexNo)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        var views = items.Select(p => PublicationView.Of(p, overdueBefore)).ToList();
        return TypedResults.Ok(new PageOf<PublicationView>(views, pageNumber, size, total));
    }

    static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Get(Guid id, DisclosureDbContext db,
        DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return publication is null
            ? PublicationChanges.NotFound(id)
            : TypedResults.Ok(PublicationView.Of(publication,
                PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock)));
    }

    static async Task<Results<Created<PublicationView>, ProblemHttpResult>> Create(PublicationDraft draft,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        IOptions<DisclosureOptions> options, CancellationToken cancellationToken)
    {
        if (draft.Validate(out var issued, out var abolished) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        var now = clock.Now;
        var publication = await Drafts.CreateAsync(db, draft, issued, abolished, user.UserName(), now,
            calendar.Current, options.Value.OrganCode, cancellationToken);
        var view = PublicationView.Of(publication, PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock));
        return TypedResults.Created($"/api/disclosure/publications/{publication.Id}", view);
    }

    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Edit(Guid id, PublicationDraft draft,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Draft)
            {
                return Problems.Conflict("publication-not-draft", "只有草稿（含退回修改的）可以修改；已提交审查或已公开的信息不能直接改动。");
            }
            if (draft.Validate(out var issued, out var abolished) is { Count: > 0 } errors)
            {
                return Problems.Invalid(errors);
            }
            Drafts.Apply(publication, draft, issued, abolished);
            publication.History.Add(new(clock.Now, "edited", user.UserName(), null));
            return null;
        });
}
