using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Draws;

/// <summary>
/// Scheduling a draw. A retry under the same Idempotency-Key gets the draw first scheduled (one commitment, never two
/// secrets for one session); a draw for a project enters the project's record with its commitment, so the project's
/// chain shows the draw was fixed before it was performed.
/// </summary>
public static class DrawScheduling
{
    public static async Task<Results<Created<DrawView>, Ok<DrawView>, ProblemHttpResult>> ScheduleAsync(
        DrawRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal user, BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var errors = DrawChecks.Check(request);
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            errors.Add(malformed);
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var requestHash = IdempotencyKeys.Hash(request);
        if (idempotencyKey is not null
            && await db.Set<Draw>().AsNoTracking().SingleOrDefaultAsync(d => d.IdempotencyKey == idempotencyKey,
                cancellationToken) is { } earlier)
        {
            return earlier.RequestHash == requestHash && earlier.ScheduledBy == user.UserName()
                ? TypedResults.Ok(DrawView.Of(earlier))
                : IdempotencyKeys.Reused();
        }
        if (request.ProjectId is { } projectId
            && !await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "project-not-found",
                $"没有找到交易项目 {projectId}；抽取所属的项目须已登记，请核对项目编号。");
        }
        var now = clock.Now;
        var draw = NewDraw(request, user.UserName(), now);
        draw.IdempotencyKey = idempotencyKey;
        draw.RequestHash = requestHash;
        db.Add(draw);
        if (draw.ProjectId is { } project)
        {
            await ProjectRecord.AppendAsync(db, project, now, "draw-scheduled", new
            {
                drawId = draw.PublicId,
                draw.Purpose,
                draw.Specialty,
                draw.Count,
                draw.Commitment,
            }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/draws/{draw.PublicId}", DrawView.Of(draw));
    }

    static Draw NewDraw(DrawRequest request, string scheduledBy, DateTimeOffset now)
    {
        var experts = request.Purpose == DrawPurposes.Experts;
        var excluded = (request.Excluded ?? []).Select(e => new DrawExclusion(e.Candidate.Trim(), e.Reason.Trim()))
            .OrderBy(e => e.Candidate, StringComparer.Ordinal).ToList();
        var left = excluded.Select(e => e.Candidate).ToHashSet(StringComparer.Ordinal);
        var secret = DrawAlgorithm.NewSecret();
        return new Draw
        {
            // Version 7: ids sort by scheduling time, which orders the staff list in every database.
            DrawId = Guid.CreateVersion7(now),
            ProjectId = request.ProjectId,
            Purpose = request.Purpose!,
            Specialty = experts ? request.Specialty : null,
            Count = request.Count!.Value,
            Secret = secret,
            Commitment = DrawAlgorithm.Commitment(secret),
            ScheduledAt = now,
            ScheduledBy = scheduledBy,
            Candidates = experts ? [] : DrawAlgorithm.Sorted(request.Candidates!.Select(c => c.Trim())
                .Where(c => !left.Contains(c))),
            Conflicts = experts ? request.Conflicts?.Select(c => c.Trim()).ToList() ?? [] : [],
            Excluded = excluded,
        };
    }
}
