using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Bidding.Award;
using Platform.Bidding.Bids;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Opening;

/// <summary>
/// 开标: after the deadline a trading officer opens; bidders supply keys during the opening window; closing the
/// opening counts the valid bids (sealed ones are withdrawn) and decides 流标 for an open tender with too few.
/// </summary>
public static class OpeningApi
{
    public static RouteGroupBuilder MapOpeningApi(this RouteGroupBuilder api)
    {
        var opening = api.MapGroup("/projects/{id:guid}/opening").WithTags("opening");
        opening.MapPost("/", Open).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("开标：公开解密投标文件");
        opening.MapGet("/", Board).AllowAnonymous()
            .WithSummary("查看开标大厅的公开唱标信息");
        opening.MapPost("/close", Close).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("结束开标");
        return api;
    }

    static async Task<Results<Ok<OpeningView>, ProblemHttpResult>> Open(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var now = clock.Now;
        if (now < project.BidDeadline)
        {
            return Problems.Conflict("deadline-not-reached",
                $"投标截止时间（{project.BidDeadline.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}）未到，不能开标。");
        }
        if (project.OpenedAt is not null)
        {
            return Problems.Conflict("already-opened", "该项目已经开标。");
        }
        project.Status = ProjectStatus.Opened;
        project.OpenedAt = now;
        var bids = await db.Bids.AsNoTracking().Where(b => b.ProjectId == id).ToListAsync(cancellationToken);
        await ProjectRecord.AppendAsync(db, id, now, "opening", new
        {
            keysDueAt = project.KeysDueAt,
            bids = bids.OrderBy(b => b.SubmittedAt).Select(b => new
            {
                bidId = b.Id,
                firm = b.FirmName,
                plaintextSha256 = b.PlaintextSha256
            }),
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(project, bids, now));
    }

    static async Task<Results<Ok<OpeningView>, ProblemHttpResult>> Board(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (project.OpenedAt is null)
        {
            return Problems.Conflict("not-opened", "尚未开标：开标前只公开投标单位、时间和哈希。");
        }
        var bids = await db.Bids.AsNoTracking().Where(b => b.ProjectId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(View(project, bids, clock.Now));
    }

    /// <summary>
    /// After the window (or once every bid is decrypted or invalid): sealed bids are withdrawn; an open tender with
    /// fewer valid bids than the minimum fails (流标), otherwise evaluation starts.
    /// </summary>
    static async Task<Results<Ok<OpeningView>, ProblemHttpResult>> Close(Guid id, BiddingDbContext db,
        HallClock clock, IOptions<BiddingOptions> options, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        // An auction's start sets OpenedAt too; it is closed by its own route (落槌), not here.
        if (project.OpenedAt is null || project.OpeningClosedAt is not null || project.Procedure == Procedures.Auction)
        {
            return Problems.Conflict("not-open", "该项目没有进行中的开标。");
        }
        var now = clock.Now;
        var bids = await db.Bids.Where(b => b.ProjectId == id).ToListAsync(cancellationToken);
        if (now <= project.KeysDueAt && bids.Any(b => b.Status == BidStatus.Sealed))
        {
            return Problems.Conflict("keys-still-due",
                $"仍有投标未解密，解密时限至 {project.KeysDueAt.ToOffset(HallTime.Offset):HH:mm}；时限过后才能结束开标。");
        }
        foreach (var sealedBid in bids.Where(b => b.Status == BidStatus.Sealed))
        {
            sealedBid.Status = BidStatus.Withdrawn;
            await ProjectRecord.AppendAsync(db, id, now, "bid-withdrawn",
                new { bidId = sealedBid.Id, firm = sealedBid.FirmName, reason = "未在解密时限内解密" }, cancellationToken);
        }
        project.OpeningClosedAt = now;
        project.ValidBids = bids.Count(b => b.Status == BidStatus.Decrypted);
        db.AddEvent(new TradingProjectOpened(id, project.Procedure, project.OpenedAt.Value, bids.Count,
            project.ValidBids.Value));
        if (project.Procedure == Procedures.OpenTender && project.ValidBids < options.Value.MinimumValidBids)
        {
            await ProjectOutcome.FailAsync(db, project, project.ValidBids.Value,
                $"有效投标不足 {options.Value.MinimumValidBids} 家（{project.ValidBids} 家），流标", now, cancellationToken);
        }
        else
        {
            project.Status = ProjectStatus.Evaluating;
            await ProjectRecord.AppendAsync(db, id, now, "opening-closed", new { validBids = project.ValidBids },
                cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(project, bids, now));
    }

    static OpeningView View(TradingProject project, List<Bid> bids, DateTimeOffset now) =>
        new(project.Id, ProjectView.StatusName(project.Status), project.OpenedAt!.Value, project.KeysDueAt,
            project.OpeningClosedAt, project.ValidBids,
            bids.OrderBy(b => b.SubmittedAt).Select(b => OpenedBidView.Of(b, project, now)).ToList());
}
