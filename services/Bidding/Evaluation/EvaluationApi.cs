using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Experts;
using Platform.Bidding.Projects;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// 评标: the committee (the experts drawn for the project) reads the opened bids and submits one signed sheet each;
/// the trading officer follows the sheets and the ranking. Nobody else sees an evaluation in progress.
/// </summary>
public static class EvaluationApi
{
    public static RouteGroupBuilder MapEvaluationApi(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/projects/{id:guid}").WithTags("evaluation");
        project.MapGet("/evaluation", Get).RequireAuthorization()
            .WithSummary("查看项目的评标进度与汇总");
        project.MapPost("/scores", ExpertScoring.SubmitAsync).RequireAuthorization(Roles.Expert)
            .WithSummary("评标专家提交评分表");
        api.MapGet("/expert/assignments", Assignments).WithTags("evaluation").RequireAuthorization(Roles.Expert)
            .WithSummary("评标专家查看本人被抽中参加的评标项目");
        return api.MapCandidatesApi().MapObjectionsApi();
    }

    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.TradingOfficer) || user.IsInRole(Roles.Admin);

    public static ProblemHttpResult NotOnCommittee() =>
        Problems.Of(403, "not-on-committee", "您不是该项目抽取的评标专家，不能查看或提交评审。");

    static async Task<Results<Ok<EvaluationView>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        var staff = IsStaff(user);
        if (!staff && !user.IsInRole(Roles.Expert))
        {
            return NotOnCommittee();
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var committee = await ProjectExperts.OfAsync(db, id, cancellationToken);
        if (!staff && ProjectExperts.CodeOf(committee, user.FindFirst("sub")?.Value ?? "") is null)
        {
            return NotOnCommittee();
        }
        if (project.OpeningClosedAt is null)
        {
            return Problems.Conflict("opening-not-closed", "开标尚未结束，投标报价尚不能评审。");
        }
        var bids = await ProjectExperts.ValidBidsAsync(db, id, cancellationToken);
        var sheets = await ProjectExperts.SheetsAsync(db, id, cancellationToken);
        var ranking = Ranking.Rank(project.EvaluationMethod, project.PriceWeight, bids,
            sheets.Select(s => (IReadOnlyList<ScoreLine>)s.Lines).ToList());
        return TypedResults.Ok(new EvaluationView(id, ProjectView.StatusName(project.Status),
            project.EvaluationMethod, project.PriceWeight, bids.OrderBy(b => b.SubmittedAt).ToList(),
            committee?.Keys.Order(StringComparer.Ordinal).ToList() ?? [], sheets.Select(ScoreSheetView.Of).ToList(),
            ranking));
    }

    static async Task<Ok<List<AssignmentView>>> Assignments(ClaimsPrincipal user, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var account = user.FindFirst("sub")?.Value ?? "";
        var codes = await db.Set<Expert>().AsNoTracking().Where(e => e.Account == account).Select(e => e.Code)
            .ToListAsync(cancellationToken);
        var draws = codes.Count == 0 ? [] : await db.Set<Draw>().AsNoTracking()
            .Where(d => d.ProjectId != null && d.Purpose == DrawPurposes.Experts && d.DrawnAt != null)
            .ToListAsync(cancellationToken);
        var mine = draws.SelectMany(d => d.Selected.Where(codes.Contains).Select(c => (d.ProjectId!.Value, c)))
            .DistinctBy(x => x.Value).ToList();
        var ids = mine.Select(m => m.Value).ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var scored = await db.Set<ExpertScore>().AsNoTracking()
            .Where(s => ids.Contains(s.ProjectId) && codes.Contains(s.ExpertCode) && s.SupersededAt == null)
            .Select(s => s.ProjectId).ToListAsync(cancellationToken);
        return TypedResults.Ok(projects.OrderByDescending(p => p.BidDeadline)
            .Select(p => new AssignmentView(p.Id, p.Name, p.Procedure, ProjectView.StatusName(p.Status),
                mine.First(m => m.Value == p.Id).c, scored.Contains(p.Id)))
            .ToList());
    }
}
