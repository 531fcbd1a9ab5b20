using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Bids;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;

namespace Platform.Bidding.Award;

/// <summary>定标 and the contract (due within 30 days of the award).</summary>
public static class AwardApi
{
    public const int ContractDays = 30;

    public static RouteGroupBuilder MapAwardApi(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{id:guid}").WithTags("award").RequireAuthorization(Roles.TradingOfficer);
        project.MapPost("/award", Award);
        project.MapPost("/contract", Contract);
        return api;
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Award(Guid id, AwardRequest request,
        BiddingDbContext db, Platform.WorkingDays.HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.Status != ProjectStatus.Evaluating)
        {
            return Problems.Conflict("not-evaluating", "只有开标结束、进入评审的项目可以定标。");
        }
        var valid = await db.Bids.AsNoTracking().Where(b => b.ProjectId == id && b.Status == BidStatus.Decrypted)
            .ToListAsync(cancellationToken);
        var winner = request.BidId is { } chosen ? valid.SingleOrDefault(b => b.Id == chosen)
            : project.EvaluationMethod == "lowest-price"
                ? valid.OrderBy(b => b.Price).ThenBy(b => b.SubmittedAt).FirstOrDefault() : null;
        if (winner is null)
        {
            return Problems.Invalid([new("bidId", project.EvaluationMethod == "lowest-price" && valid.Count == 0
                ? "没有有效投标，不能定标。"
                : "请以 bidId 指定评标委员会推荐的中标人（须为有效投标）。")]);
        }
        await ProjectOutcome.AwardAsync(db, project, winner.Id, winner.FirmName, winner.Price!.Value,
            project.ValidBids ?? valid.Count, clock.Now, cancellationToken);
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
