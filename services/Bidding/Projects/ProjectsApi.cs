using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Bidding.Calendar;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Projects;

/// <summary>
/// The trading officer's projects: announcement (with the legal minimum period checked) and amendments (a late one
/// must extend the deadline).
/// </summary>
public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("projects").RequireAuthorization(Roles.TradingOfficer);
        projects.MapPost("/", Announce)
            .WithSummary("发布交易公告（新建交易项目）");
        projects.MapGet("/", List)
            .WithSummary("列出交易项目");
        projects.MapPost("/{id:guid}/amendments", Amend)
            .WithSummary("发布交易项目的变更公告");
        return api;
    }

    static async Task<Results<Created<ProjectView>, ProblemHttpResult>> Announce(ProjectRequest request,
        ClaimsPrincipal user, BiddingDbContext db, BiddingCalendar calendar, HallClock clock,
        IOptions<BiddingOptions> options, CancellationToken cancellationToken)
    {
        if (ProjectChecks.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (ProjectChecks.RuleViolation(request) is { } violation)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "procedure-rule-violated", violation);
        }
        var now = clock.Now;
        var earliest = AnnouncementPeriod.Earliest(request.Procedure!, now, options.Value, calendar.Current);
        if (request.BidDeadline < earliest)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "announcement-period-too-short",
                $"{AnnouncementPeriod.Describe(request.Procedure!, options.Value)}：投标截止时间最早为 "
                + $"{earliest.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}。");
        }
        var project = new TradingProject
        {
            Id = Guid.NewGuid(),
            Name = request.Name!.Trim(),
            Procedure = request.Procedure!,
            Category = request.Category!,
            Budget = request.Budget!.Value,
            BuyerName = request.BuyerName!.Trim(),
            BuyerCreditCode = request.BuyerCreditCode!.Trim().ToUpperInvariant(),
            EvaluationMethod = request.EvaluationMethod!,
            PriceWeight = request.EvaluationMethod == "weighted" ? request.PriceWeight : null,
            Qualification = request.Qualification?.Trim(),
            Documents = request.Documents?.ToList() ?? [],
            Status = ProjectStatus.Announced,
            CreatedBy = user.FindFirst("sub")?.Value ?? "",
            AnnouncedAt = now,
            BidDeadline = request.BidDeadline!.Value,
            OpeningWindow = options.Value.OpeningWindow,
            Increment = request.Procedure == Procedures.Auction ? request.Increment : null,
            ReservePrice = request.Procedure == Procedures.Auction ? request.ReservePrice : null,
        };
        await Announcement.StageAsync(db, project, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/public/projects/{project.Id}", ProjectView.ForOfficer(project));
    }

    static async Task<Results<Ok<PageOf<ProjectView>>, ProblemHttpResult>> List(int? page, int? pageSize,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        var total = await db.Projects.CountAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<ProjectView>(projects.Select(ProjectView.ForOfficer).ToList(),
            number, size, total));
    }

    /// <summary>
    /// 澄清/修改. One that leaves less than the minimum period before the deadline must move the deadline at least
    /// that far (the law's rule for a late change); an earlier one may move it too. Never after the deadline.
    /// </summary>
    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Amend(Guid id, AmendmentRequest request,
        BiddingDbContext db, BiddingCalendar calendar, HallClock clock, IOptions<BiddingOptions> options,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 4000)
        {
            return Problems.Invalid([new("text", "请填写澄清或修改的内容（4000 字以内）。")]);
        }
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var now = clock.Now;
        if (now >= project.BidDeadline || project.Status is not (ProjectStatus.Announced or ProjectStatus.Bidding))
        {
            return Problems.Conflict("deadline-passed", "投标已截止，不能再澄清或修改招标文件。");
        }
        var earliest = AnnouncementPeriod.Earliest(project.Procedure, now, options.Value, calendar.Current);
        var deadline = request.NewBidDeadline ?? project.BidDeadline;
        if (deadline < project.BidDeadline || deadline < earliest)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "deadline-extension-required",
                $"澄清或修改距投标截止不足法定期限（{AnnouncementPeriod.Describe(project.Procedure, options.Value)}），"
                + $"须将截止时间顺延至 {earliest.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm} 或以后（newBidDeadline）。");
        }
        project.BidDeadline = deadline;
        project.Amendments = [.. project.Amendments, new Amendment(now, request.Text.Trim(), deadline)];
        await ProjectRecord.AppendAsync(db, project.Id, now, "amendment",
            new { text = request.Text.Trim(), bidDeadline = deadline }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.ForOfficer(project));
    }
}
