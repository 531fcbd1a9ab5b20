using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// 中标候选人公示: once every drawn expert has scored (a lowest-price project without an expert draw goes on the
/// opened prices alone), the top three of the ranking are published for Bidding:PublicityDays calendar days; 异议
/// may be raised meanwhile and the award waits for the end.
/// </summary>
public static class CandidatesApi
{
    public const int MaxCandidates = 3;

    public static RouteGroupBuilder MapCandidatesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/projects/{id:guid}/candidates", Publish).WithTags("evaluation")
            .RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("公示中标候选人");
        return api;
    }

    /// <summary>
    /// Publishes the top of <paramref name="ranking"/> (status candidates, the publicity's end, record entry
    /// "candidates"); false when no bid passed the evaluation.
    /// </summary>
    public static async Task<bool> StageAsync(BiddingDbContext db, TradingProject project,
        List<RankedBid> ranking, DateTimeOffset now, int publicityDays, CancellationToken cancellationToken)
    {
        var candidates = ranking.Where(r => r.Rank is not null).Take(MaxCandidates)
            .Select(r => new Candidate(r.Rank!.Value, r.BidId, r.Firm, r.Price, r.Total)).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }
        project.Candidates = candidates;
        project.PublicityEndsAt = now.AddDays(publicityDays);
        project.Status = ProjectStatus.Candidates;
        await ProjectRecord.AppendAsync(db, project.Id, now, "candidates",
            new { candidates, publicityEndsAt = project.PublicityEndsAt, ranking }, cancellationToken);
        return true;
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Publish(Guid id, BiddingDbContext db,
        HallClock clock, IOptions<BiddingOptions> options, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.Status != ProjectStatus.Evaluating)
        {
            return Problems.Conflict("not-evaluating", "只有处于评标阶段的项目可以公示中标候选人。");
        }
        var committee = await ProjectExperts.OfAsync(db, id, cancellationToken);
        var sheets = await ProjectExperts.SheetsAsync(db, id, cancellationToken);
        if (committee is null && project.EvaluationMethod != Ranking.LowestPrice)
        {
            return Problems.Conflict("no-committee", "综合评分法须先抽取评标专家并由专家评分，才能公示候选人。");
        }
        var missing = committee?.Keys.Except(sheets.Select(s => s.ExpertCode)).Order(StringComparer.Ordinal)
            .ToList() ?? [];
        if (missing.Count > 0)
        {
            return Problems.Conflict("scores-missing",
                $"尚有 {missing.Count} 位评标专家未提交评分（{string.Join("、", missing)}），全部提交后才能公示候选人。");
        }
        var bids = await ProjectExperts.ValidBidsAsync(db, id, cancellationToken);
        var ranking = Ranking.Rank(project.EvaluationMethod, project.PriceWeight, bids,
            sheets.Select(s => (IReadOnlyList<ScoreLine>)s.Lines).ToList());
        if (!await StageAsync(db, project, ranking, clock.Now, options.Value.PublicityDays, cancellationToken))
        {
            return Problems.Of(422, "no-candidates", "没有通过评审的有效投标，无法推荐中标候选人；请依法作流标处理。");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.Of(project));
    }
}
