using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Evaluation;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Award;

/// <summary>定标 and the contract (due within 30 days of the award).</summary>
public static class AwardApi
{
    public const int ContractDays = ProjectView.ContractDays;

    public static RouteGroupBuilder MapAwardApi(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{id:guid}").WithTags("award").RequireAuthorization(Roles.TradingOfficer);
        project.MapPost("/award", Award)
            .WithSummary("确定中标人并发出中标通知");
        project.MapPost("/contract", Contract)
            .WithSummary("登记合同签订");
        api.MapGet("/contracts/overdue", OverdueContracts.ListAsync).WithTags("award")
            .RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("列出逾期未签合同的项目");
        return api;
    }

    /// <summary>
    /// 定标 of a tender (open tender, inquiry, negotiation): from the published candidates only, after their
    /// publicity and with no 异议 open; the first candidate unless bidId names another (e.g. the first declined).
    /// 固定价比选 and auctions end through their own flows.
    /// </summary>
    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Award(Guid id, AwardRequest request,
        BiddingDbContext db, Platform.WorkingDays.HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.Procedure is Procedures.FixedPrice or Procedures.Auction)
        {
            return Problems.Conflict("own-award-flow", "固定价比选和拍卖·挂牌项目按各自的抽取或竞价流程成交，不在此定标。");
        }
        if (project.Status != ProjectStatus.Candidates)
        {
            return Problems.Conflict("not-candidates", "只有已公示中标候选人的项目可以定标。");
        }
        var now = clock.Now;
        if (now < project.PublicityEndsAt)
        {
            return Problems.Conflict("publicity-running", "中标候选人公示期至 "
                + $"{project.PublicityEndsAt.Value.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}，公示期满后才能定标。");
        }
        var open = await db.Set<Objection>().CountAsync(o => o.ProjectId == id && o.DecidedAt == null,
            cancellationToken);
        if (open > 0)
        {
            return Problems.Conflict("objection-open", $"该项目有 {open} 项异议尚未答复，答复后才能定标。");
        }
        var winner = request.BidId is { } chosen ? project.Candidates.SingleOrDefault(c => c.BidId == chosen)
            : project.Candidates.OrderBy(c => c.Rank).FirstOrDefault();
        if (winner is null)
        {
            return Problems.Of(422, "not-a-candidate", "bidId 须为已公示的中标候选人之一。");
        }
        await ProjectOutcome.AwardAsync(db, project, winner.BidId, winner.Firm, winner.Price,
            project.ValidBids ?? project.Candidates.Count, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.Of(project));
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Contract(Guid id, BiddingDbContext db,
        Platform.WorkingDays.HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.Status != ProjectStatus.Awarded || project.ContractSignedAt is not null)
        {
            return Problems.Conflict("not-awaiting-contract", "该项目未定标，或合同已登记。");
        }
        var now = clock.Now;
        project.ContractSignedAt = now;
        var onTime = now <= project.AwardedAt!.Value.AddDays(ContractDays);
        await ProjectRecord.AppendAsync(db, id, now, "contract", new { signedAt = now, withinDeadline = onTime },
            cancellationToken);
        db.AddEvent(new TradingContractSigned(id, project.AwardedAt.Value, now, onTime));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.Of(project));
    }
}
