using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Data;
using Platform.Disclosure.Numbering;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>主动公开 for disclosure officers: draft, 保密审查 by another officer, publish, withdraw, abolish.</summary>
public static class PublicationsApi
{
    public static RouteGroupBuilder MapPublicationsApi(this RouteGroupBuilder api)
    {
        var publications = api.MapGroup("/publications").WithTags("publications").RequireAuthorization(Roles.DisclosureOfficer);
        publications.MapGet("/", List);
        publications.MapPost("/", Create);
        publications.MapGet("/{id:guid}", Get);
        publications.MapPut("/{id:guid}", Edit);
        publications.MapPost("/{id:guid}/submit", Submit);
        publications.MapPost("/{id:guid}/review", Review);
        publications.MapPost("/{id:guid}/publish", Publish);
        publications.MapPost("/{id:guid}/withdraw", Withdraw);
        publications.MapPost("/{id:guid}/abolish", Abolish);
        return api;
    }

    static async Task<Results<Ok<PageOf<PublicationView>>, ProblemHttpResult>> List(DisclosureDbContext db, HallClock clock,
        string? status, string? category, bool? overdue, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage) return badPage;
        var query = db.Publications.AsNoTracking();
        if (status is not null)
        {
            var wanted = Enum.GetValues<PublicationStatus>().Where(s => PublicationView.StatusName(s) == status).ToList();
            if (wanted.Count == 0) return Problems.Invalid([new("status", "状态应为 draft、in-review、approved、published 或 withdrawn。")]);
            query = query.Where(p => p.Status == wanted[0]);
        }
        if (category is not null) query = query.Where(p => p.Category == category);
        var today = HallTime.DateOf(clock.Now);
        if (overdue == true)
            query = query.Where(p => p.Status != PublicationStatus.Published && p.Status != PublicationStatus.Withdrawn && p.PublishDueDate < today);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.CreatedDate).ThenByDescending(p => p.IndexNo)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<PublicationView>(items.Select(p => PublicationView.Of(p, today)).ToList(), pageNumber, size, total));
    }

    static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Get(Guid id, DisclosureDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return publication is null ? NotFound(id) : TypedResults.Ok(PublicationView.Of(publication, HallTime.DateOf(clock.Now)));
    }

    static async Task<Results<Created<PublicationView>, ProblemHttpResult>> Create(PublicationDraft draft, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, IOptions<DisclosureOptions> options,
        CancellationToken cancellationToken)
    {
        if (draft.Validate(out var issued, out var abolished) is { Count: > 0 } errors) return Problems.Invalid(errors);
        var now = clock.Now;
        var publication = await Drafts.CreateAsync(db, draft, issued, abolished, user.UserName(), now,
            calendar.Current, options.Value.OrganCode, cancellationToken);
        return TypedResults.Created($"/api/disclosure/publications/{publication.Id}", PublicationView.Of(publication, HallTime.DateOf(now)));
    }

    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Edit(Guid id, PublicationDraft draft, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Draft)
                return Problems.Conflict("publication-not-draft", "只有草稿（含退回修改的）可以修改；已提交审查或已公开的信息不能直接改动。");
            if (draft.Validate(out var issued, out var abolished) is { Count: > 0 } errors) return Problems.Invalid(errors);
            Drafts.Apply(publication, draft, issued, abolished);
            publication.History.Add(new(clock.Now, "edited", user.UserName(), null));
            return null;
        });

    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Submit(Guid id, ClaimsPrincipal user, DisclosureDbContext db,
        HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Draft)
                return Problems.Conflict("publication-not-draft", "只有草稿可以提交保密审查。");
            publication.Status = PublicationStatus.InReview;
            publication.History.Add(new(clock.Now, "submitted", user.UserName(), null));
            return null;
        });

    /// <summary>保密审查 ("先审查、后发布"): approve, or send back to the author with a note. Never by the author.</summary>
    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Review(Guid id, ReviewDecision decision, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (decision.Decision is not ("approve" or "send-back"))
                return Problems.Invalid([new("decision", "审查结论应为 approve（同意公开）或 send-back（退回修改）。")]);
            if (decision.Decision == "send-back" && string.IsNullOrWhiteSpace(decision.Note))
                return Problems.Invalid([new("note", "退回修改时请写明原因。")]);
            if (publication.Status != PublicationStatus.InReview)
                return Problems.Conflict("publication-not-in-review", "这条信息没有在等待保密审查。");
            var reviewer = user.UserName();
            if (reviewer == publication.Author)
                return Problems.Of(StatusCodes.Status403Forbidden, "reviewer-is-author", "保密审查须由起草人以外的人员进行。");
            publication.Status = decision.Decision == "approve" ? PublicationStatus.Approved : PublicationStatus.Draft;
            publication.Reviewer = reviewer;
            publication.ReviewNote = decision.Note?.Trim();
            publication.History.Add(new(clock.Now, decision.Decision == "approve" ? "approved" : "sent-back", reviewer, publication.ReviewNote));
            return null;
        });

    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Publish(Guid id, ClaimsPrincipal user, DisclosureDbContext db,
        DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Approved)
                return Problems.Conflict("publication-not-approved", "只有通过保密审查的信息可以公开。");
            var now = clock.Now;
            publication.Status = PublicationStatus.Published;
            publication.PublishedAt = now;
            publication.PublishedDate = HallTime.DateOf(now);
            publication.History.Add(new(now, "published", user.UserName(), null));
            db.AddEvent(new PublicationPublished(publication.Id, publication.IndexNo, publication.Title, publication.Category,
                publication.CreatedDate, now, calendar.Current.WorkingDaysBetween(publication.CreatedDate, publication.PublishedDate.Value)));
            DeadlineWarnings.Clear(db, "publication", publication.IndexNo, now);
            return null;
        });

    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Withdraw(Guid id, WithdrawPublication request, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Invalid([new("reason", "请写明撤回原因。")]);
            if (publication.Status != PublicationStatus.Published)
                return Problems.Conflict("publication-not-published", "只有已公开的信息可以撤回。");
            publication.Status = PublicationStatus.Withdrawn;
            publication.WithdrawReason = request.Reason.Trim();
            publication.History.Add(new(clock.Now, "withdrawn", user.UserName(), publication.WithdrawReason));
            return null;
        });

    /// <summary>A rule or normative document is abolished (废止): the annual report stops counting it as in force.</summary>
    static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Abolish(Guid id, AbolishDocument request, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, clock, cancellationToken, publication =>
        {
            if (publication.DocumentKind is null)
                return Problems.Conflict("not-a-document", "只有规章和行政规范性文件可以登记废止。");
            if (!Dates.TryParse(request.AbolishedDate, out var date) || date < publication.IssuedDate)
                return Problems.Invalid([new("abolishedDate", "废止日期应为 yyyy-MM-dd，且不早于印发日期。")]);
            publication.AbolishedDate = date;
            publication.History.Add(new(clock.Now, "abolished", user.UserName(), date.ToString("yyyy-MM-dd")));
            return null;
        });

    static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Change(Guid id, DisclosureDbContext db, HallClock clock,
        CancellationToken cancellationToken, Func<Publication, ProblemHttpResult?> apply)
    {
        var publication = await db.Publications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null) return NotFound(id);
        if (apply(publication) is { } problem) return problem;
        publication.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("publication-changed", "这条信息刚被他人修改，请刷新后重试。");
        }
        return TypedResults.Ok(PublicationView.Of(publication, HallTime.DateOf(clock.Now)));
    }

    static ProblemHttpResult NotFound(Guid id) => Problems.NotFound("publication-not-found", $"没有编号为 {id} 的公开信息。");
}
