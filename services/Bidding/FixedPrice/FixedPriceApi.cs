using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.FixedPrice;

/// <summary>
/// 固定价比选 (DESIGN §6): the registrations reviewed (资格审查) after the deadline, the winner drawn among the
/// qualified firms (<see cref="FixedPriceSelection"/>), and 竣工, which frees the winner for the next selections.
/// </summary>
public static class FixedPriceApi
{
    public static RouteGroupBuilder MapFixedPriceApi(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{id:guid}").WithTags("fixed-price")
            .RequireAuthorization(Roles.TradingOfficer);
        project.MapGet("/registrations", Registrations)
            .WithSummary("查看固定价比选项目的报名单位");
        // The route takes any text (checked in the handler), so a malformed id is a 404, not a missed route.
        project.MapPost("/registrations/{registrationId}/qualification", Qualify)
            .WithSummary("对报名单位作出资格审查结论");
        project.MapPost("/selection", FixedPriceSelection.Schedule)
            .WithSummary("安排固定价比选的随机抽取");
        project.MapPost("/selection/result", FixedPriceSelection.Result)
            .WithSummary("登记固定价比选的抽取结果");
        project.MapPost("/completion", Complete)
            .WithSummary("登记固定价比选项目竣工");
        return api;
    }

    static async Task<Results<Ok<List<RegistrationView>>, ProblemHttpResult>> Registrations(Guid id,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ProjectProblems.NotFound();
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.ProjectId == id)
            .ToListAsync(cancellationToken);
        var reviews = await db.Set<Qualification>().AsNoTracking().Where(q => q.ProjectId == id)
            .ToDictionaryAsync(q => q.RegistrationId, cancellationToken);
        return TypedResults.Ok(registrations.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Select(r => RegistrationView.Of(r, reviews.GetValueOrDefault(r.Id))).ToList());
    }

    /// <summary>
    /// 资格审查 after the registration deadline (the bid deadline), until the selection is scheduled; a second review
    /// of the same registration replaces the first (both stay in the record).
    /// </summary>
    static async Task<Results<Ok<RegistrationView>, ProblemHttpResult>> Qualify(Guid id, string registrationId,
        QualificationRequest request, ClaimsPrincipal user, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim();
        if (request.Qualified is null || (request.Qualified == false && string.IsNullOrEmpty(reason))
            || reason?.Length > 500)
        {
            return Problems.Invalid([new("qualified", "请给出 qualified（true 合格 / false 不合格）；不合格须写明理由"
                + "（reason，500 字以内）。")]);
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var registration = Guid.TryParse(registrationId, out var registered)
            ? await db.Registrations.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == registered && r.ProjectId == id, cancellationToken)
            : null;
        if (project is null || registration is null)
        {
            return project is null ? ProjectProblems.NotFound()
                : Problems.NotFound("registration-not-found", "该项目没有这条报名记录。");
        }
        var now = clock.Now;
        if (FixedPriceSelection.NotSelectable(project, now) is { } refused)
        {
            return refused;
        }
        if (await FixedPriceSelection.ScheduledDrawAsync(db, id, cancellationToken) is not null)
        {
            return Problems.Conflict("selection-scheduled", "比选抽取已安排，资格审查结果不能再修改。");
        }
        var review = await db.Set<Qualification>().SingleOrDefaultAsync(q => q.RegistrationId == registered,
            cancellationToken);
        if (review is null)
        {
            review = new Qualification { RegistrationId = registered, ProjectId = id, ReviewedBy = "" };
            db.Add(review);
        }
        (review.Qualified, review.Reason, review.ReviewedAt, review.ReviewedBy) =
            (request.Qualified.Value, reason, now, user.UserName());
        await ProjectRecord.AppendAsync(db, id, now, "qualification", new
        {
            registrationId = registered,
            firm = registration.FirmName,
            firmCreditCode = registration.FirmCreditCode,
            qualified = review.Qualified,
            reason,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RegistrationView.Of(registration, review));
    }

    /// <summary>竣工 of an awarded project, once.</summary>
    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Complete(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.Status != ProjectStatus.Awarded || project.CompletedAt is not null)
        {
            return Problems.Conflict("not-awaiting-completion", project.CompletedAt is { } at
                ? $"该项目已于 {at.ToOffset(HallTime.Offset):yyyy-MM-dd} 登记竣工。"
                : "只有已定标（成交）的项目可以登记竣工。");
        }
        var now = clock.Now;
        project.CompletedAt = now;
        await ProjectRecord.AppendAsync(db, id, now, "completion", new { completedAt = now, firm = project.Winner },
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.ForOfficer(project));
    }
}
