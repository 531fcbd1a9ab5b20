using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Draws;

/// <summary>
/// Verifiable draws (DESIGN §6): the trading centre schedules and performs them; anyone reads one, and after the draw
/// recomputes it from what is published.
/// </summary>
public static class DrawsApi
{
    public static RouteGroupBuilder MapDrawsApi(this RouteGroupBuilder api)
    {
        var draws = api.MapGroup("/draws").WithTags("draws");
        draws.MapPost("/", DrawScheduling.ScheduleAsync).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("安排一次可验证的随机抽取");
        draws.MapGet("/", List).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("列出已安排的随机抽取");
        // The route takes any text (checked in the handler), so a malformed id is a 404, not a missed route.
        draws.MapGet("/{drawId}", Get).AllowAnonymous()
            .WithSummary("查看随机抽取的公开参数与结果");
        draws.MapPost("/{drawId}/draw", Perform).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("执行随机抽取");
        return api;
    }

    static async Task<Results<Ok<PageOf<DrawView>>, ProblemHttpResult>> List(int? page, int? pageSize,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        var query = db.Set<Draw>().AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.DrawId)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<DrawView>(items.Select(DrawView.Of).ToList(), number, size, total));
    }

    static async Task<Results<Ok<DrawView>, ProblemHttpResult>> Get(string drawId, BiddingDbContext db,
        CancellationToken cancellationToken) =>
        Guid.TryParse(drawId, out var id)
        && await db.Set<Draw>().AsNoTracking().SingleOrDefaultAsync(d => d.DrawId == id, cancellationToken)
            is { } draw
            ? TypedResults.Ok(DrawView.Of(draw))
            : NotFound(drawId);

    /// <summary>
    /// Once: the secret is revealed with the result, and a second draw could only repeat or contradict it.
    /// </summary>
    static async Task<Results<Ok<DrawView>, ProblemHttpResult>> Perform(string drawId, ClaimsPrincipal user,
        BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var draw = Guid.TryParse(drawId, out var id)
            ? await db.Set<Draw>().SingleOrDefaultAsync(d => d.DrawId == id, cancellationToken)
            : null;
        if (draw is null)
        {
            return NotFound(drawId);
        }
        if (draw.DrawnAt is not null)
        {
            return Problems.Conflict("already-drawn", $"该抽取已于 {draw.DrawnAt:yyyy-MM-dd HH:mm:ss} 进行，结果已公布，不能重复抽取。");
        }
        if (await DrawPerformance.PerformAsync(draw, db, cancellationToken) is { } refused)
        {
            return refused;
        }
        draw.DrawnAt = clock.Now;
        draw.DrawnBy = user.UserName();
        if (draw.ProjectId is { } project)
        {
            await ProjectRecord.AppendAsync(db, project, draw.DrawnAt.Value, "draw", new
            {
                drawId = draw.PublicId,
                draw.Purpose,
                draw.Secret,
                draw.Candidates,
                draw.Excluded,
                draw.Selected,
            }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DrawView.Of(draw));
    }

    static ProblemHttpResult NotFound(string drawId) =>
        Problems.NotFound("draw-not-found", $"没有找到抽取 {drawId}。");
}
