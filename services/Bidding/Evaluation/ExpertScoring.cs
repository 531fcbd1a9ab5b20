using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// An expert's sheet, once per expert and evaluation round: every valid bid scored (technical points under the
/// weighted method, 符合性 qualified/unqualified under lowest price). The sheet is "signed" by the expert's
/// account: account, code, time and the SHA-256 of the canonical JSON (the lines ordered by bid id, web JSON
/// defaults) go into the record, so a later change to the stored sheet shows.
/// </summary>
public static class ExpertScoring
{
    const int CommentLength = 2000;

    public static async Task<Results<Created<ScoreSheetView>, ProblemHttpResult>> SubmitAsync(Guid id,
        ScoresRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var account = user.FindFirst("sub")?.Value ?? "";
        var code = ProjectExperts.CodeOf(await ProjectExperts.OfAsync(db, id, cancellationToken), account);
        if (code is null)
        {
            return EvaluationApi.NotOnCommittee();
        }
        if (project.Status != ProjectStatus.Evaluating)
        {
            return Problems.Conflict("not-evaluating", "该项目不在评标阶段（开标结束后、候选人公示前才能提交评分）。");
        }
        if (await db.Set<ExpertScore>().AnyAsync(s => s.ProjectId == id && s.ExpertCode == code
            && s.SupersededAt == null, cancellationToken))
        {
            return Problems.Conflict("already-scored", "您已提交本项目的评分，评分提交后不能修改。");
        }
        var bids = await ProjectExperts.ValidBidsAsync(db, id, cancellationToken);
        if (Check(project, request, bids) is { } problem)
        {
            return problem;
        }
        var sheet = await StageAsync(db, id, code, account, request.Scores!, clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/projects/{id}/evaluation", ScoreSheetView.Of(sheet));
    }

    /// <summary>Adds the signed sheet and its record entry "scores" (the demo's past sheets too).</summary>
    public static async Task<ExpertScore> StageAsync(BiddingDbContext db, Guid projectId, string code,
        string account, IEnumerable<ScoreLine> scores, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lines = scores.OrderBy(l => l.BidId.ToString("D"), StringComparer.Ordinal)
            .Select(l => l with { Comment = string.IsNullOrWhiteSpace(l.Comment) ? null : l.Comment.Trim() })
            .ToList();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(lines, JsonSerializerOptions.Web))));
        var sheet = new ExpertScore
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            ExpertCode = code,
            Account = account,
            SubmittedAt = now,
            Sha256 = sha256,
            Lines = lines,
        };
        db.Add(sheet);
        await ProjectRecord.AppendAsync(db, projectId, now, "scores",
            new { expertCode = code, account, sha256, scores = lines }, cancellationToken);
        return sheet;
    }

    static ProblemHttpResult? Check(TradingProject project, ScoresRequest request, List<RankingBid> bids)
    {
        if (request.Scores is not { Count: > 0 } scores)
        {
            return Problems.Invalid([new("scores", "请为每个有效投标提交一行评分。")]);
        }
        var lowest = project.EvaluationMethod == Ranking.LowestPrice;
        var errors = new List<FieldError>();
        for (var i = 0; i < scores.Count; i++)
        {
            var line = scores[i];
            if (lowest && line.Qualified is null)
            {
                errors.Add(new($"scores[{i}].qualified", "最低评标价法须逐一给出符合性评审结论（true/false）。"));
            }
            if (!lowest && line.Technical is null)
            {
                errors.Add(new($"scores[{i}].technical", "综合评分法须给出技术分。"));
            }
            if (line.Comment?.Length > CommentLength)
            {
                errors.Add(new($"scores[{i}].comment", $"评审意见不超过 {CommentLength} 字。"));
            }
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var valid = bids.Select(b => b.BidId).ToHashSet();
        if (scores.Count != valid.Count || !scores.Select(l => l.BidId).ToHashSet().SetEquals(valid))
        {
            return Problems.Of(422, "scores-incomplete",
                $"评分须覆盖全部 {valid.Count} 个有效投标，每个投标一行，不能包含其他投标。");
        }
        var maximum = 100 - (project.PriceWeight ?? 0);
        if (!lowest && scores.Any(l => l.Technical < 0 || l.Technical > maximum))
        {
            return Problems.Of(422, "technical-out-of-range", $"技术分应在 0 至 {maximum:0.##} 分之间（价格分占 "
                + $"{project.PriceWeight ?? 0:0.##} 分）。");
        }
        return null;
    }
}
