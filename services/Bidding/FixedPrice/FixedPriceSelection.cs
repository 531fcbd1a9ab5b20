using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Award;
using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.FixedPrice;

/// <summary>
/// The 固定价比选 draw: scheduled (a firms draw, count 1, committed) once every registration is reviewed, among the
/// qualified firms by name (as the demo's draw does: the name is what the public reads in the result) less those
/// holding an unfinished project won here by 固定价比选; performed with the draws' own route; then awarded here at
/// the fixed price (a separate step, so the draws stay ignorant of projects and each step is one save).
/// </summary>
static class FixedPriceSelection
{
    public const string HoldsUnfinished = "持有本中心固定价比选未完工项目";

    public static async Task<Results<Created<DrawView>, Ok<ProjectView>, ProblemHttpResult>> Schedule(Guid id,
        ClaimsPrincipal user, BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var now = clock.Now;
        if (NotSelectable(project, now) is { } refused)
        {
            return refused;
        }
        if (await ScheduledDrawAsync(db, id, cancellationToken) is { } scheduled)
        {
            return Problems.Conflict("selection-scheduled", $"比选抽取已安排（{scheduled.PublicId}），不能重复安排。");
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.ProjectId == id)
            .ToListAsync(cancellationToken);
        var reviews = await db.Set<Qualification>().AsNoTracking().Where(q => q.ProjectId == id)
            .ToDictionaryAsync(q => q.RegistrationId, cancellationToken);
        if (registrations.Count(r => !reviews.ContainsKey(r.Id)) is > 0 and var pending)
        {
            return Problems.Conflict("registrations-not-reviewed", $"还有 {pending} 家报名单位未做资格审查，请先审查。");
        }
        var qualified = registrations.Where(r => reviews[r.Id].Qualified).ToList();
        var holders = await UnfinishedHoldersAsync(db, id, cancellationToken);
        var excluded = qualified
            .Where(r => holders.Names.Contains(r.FirmName) || holders.Codes.Contains(r.FirmCreditCode))
            .Select(r => r.FirmName).Distinct().Select(n => new DrawExclusion(n, HoldsUnfinished))
            .OrderBy(e => e.Candidate, StringComparer.Ordinal).ToList();
        var candidates = DrawAlgorithm.Sorted(qualified.Select(r => r.FirmName)
            .Where(n => !excluded.Any(e => e.Candidate == n)).Distinct());
        if (candidates.Count < 1)
        {
            await ProjectOutcome.FailAsync(db, project, 0, excluded.Count > 0
                ? "资格审查合格的单位均持有本中心固定价比选未完工项目，无可抽取单位，比选失败"
                : "无资格审查合格的报名单位，比选失败", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(ProjectView.ForOfficer(project));
        }
        var secret = DrawAlgorithm.NewSecret();
        var draw = new Draw
        {
            DrawId = Guid.CreateVersion7(now),
            ProjectId = id,
            Purpose = DrawPurposes.Firms,
            Count = 1,
            Secret = secret,
            Commitment = DrawAlgorithm.Commitment(secret),
            ScheduledAt = now,
            ScheduledBy = user.UserName(),
            Candidates = candidates,
            Excluded = excluded,
        };
        db.Add(draw);
        await ProjectRecord.AppendAsync(db, id, now, "selection-scheduled",
            new { drawId = draw.PublicId, draw.Commitment, candidates, excluded }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/draws/{draw.PublicId}", DrawView.Of(draw));
    }

    /// <summary>成交 to the firm drawn, at the fixed price (the budget); valid bids = the firms drawn among.</summary>
    public static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Result(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var draw = await ScheduledDrawAsync(db, id, cancellationToken);
        if (project.Procedure != Procedures.FixedPrice || project.Status is ProjectStatus.Awarded
            or ProjectStatus.Failed)
        {
            return Problems.Conflict("not-selecting", "只有进行中的固定价比选项目可以确定比选结果。");
        }
        if (draw?.DrawnAt is null)
        {
            return Problems.Conflict("selection-not-drawn", draw is null
                ? "尚未安排比选抽取：请先安排（POST selection）并进行抽取。"
                : $"比选抽取（{draw.PublicId}）尚未进行：请先进行抽取（POST /api/bidding/draws/{draw.PublicId}/draw）。");
        }
        var now = clock.Now;
        var firm = draw.Selected.Single();
        project.ValidBids = draw.Candidates.Count;
        await ProjectRecord.AppendAsync(db, id, now, "selection-result",
            new { drawId = draw.PublicId, firm, candidates = draw.Candidates.Count }, cancellationToken);
        await ProjectOutcome.AwardAsync(db, project, null, firm, project.Budget, draw.Candidates.Count, now,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.ForOfficer(project));
    }

    /// <summary>Why a project cannot be reviewed or selected now, or null.</summary>
    public static ProblemHttpResult? NotSelectable(TradingProject project, DateTimeOffset now) =>
        project.Procedure != Procedures.FixedPrice
            ? Problems.Conflict("not-fixed-price", "资格审查和比选抽取只适用于固定价比选项目。")
            : project.Status is not (ProjectStatus.Announced or ProjectStatus.Bidding)
                ? Problems.Conflict("not-selecting", "该项目已成交或已终止，不能再审查或抽取。")
                : now < project.BidDeadline
                    ? Problems.Conflict("registration-open", "报名截止时间（"
                        + $"{project.BidDeadline.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}）未到，不能审查或抽取。")
                    : null;

    public static Task<Draw?> ScheduledDrawAsync(BiddingDbContext db, Guid projectId,
        CancellationToken cancellationToken) =>
        db.Set<Draw>().Where(d => d.ProjectId == projectId && d.Purpose == DrawPurposes.Firms)
            .OrderByDescending(d => d.DrawId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The firms that won a 固定价比选 here whose works are not completed: by the winner's name and by the credit
    /// code it registered with.
    /// </summary>
    static async Task<(HashSet<string> Names, HashSet<string> Codes)> UnfinishedHoldersAsync(BiddingDbContext db,
        Guid except, CancellationToken cancellationToken)
    {
        var won = await db.Projects.AsNoTracking()
            .Where(p => p.Id != except && p.Procedure == Procedures.FixedPrice && p.Status == ProjectStatus.Awarded
                && p.CompletedAt == null && p.Winner != null)
            .Select(p => new { p.Id, p.Winner }).ToListAsync(cancellationToken);
        var names = won.Select(w => w.Winner!).Distinct().ToList();
        var ids = won.Select(w => w.Id).ToList();
        var codes = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.ProjectId) && names.Contains(r.FirmName))
            .Select(r => r.FirmCreditCode).ToListAsync(cancellationToken);
        return (names.ToHashSet(StringComparer.Ordinal), codes.ToHashSet(StringComparer.Ordinal));
    }
}
