using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Award;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Auctions;

/// <summary>
/// 土地/产权 拍卖·挂牌 (DESIGN §6): registration as for any project (竞买申请) until the deadline, then the officer
/// starts the auction (竞买号 in registration order), registered bidders bid in the open
/// (<see cref="AuctionBidding"/>), anyone follows it, and the officer closes it: the highest bid wins when it
/// reaches the reserve price, else the auction fails.
/// </summary>
public static class AuctionsApi
{
    public static RouteGroupBuilder MapAuctionsApi(this RouteGroupBuilder api)
    {
        var auction = api.MapGroup("/projects/{id:guid}/auction").WithTags("auctions");
        auction.MapGet("/", Get).AllowAnonymous()
            .WithSummary("查看网上竞价的当前状态与报价");
        auction.MapPost("/start", Start).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("开始网上竞价");
        auction.MapPost("/bids", AuctionBidding.Bid).RequireAuthorization(Roles.Applicant)
            .WithSummary("竞买人提交竞价报价");
        auction.MapPost("/close", Close).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("结束网上竞价并确定结果");
        return api;
    }

    static async Task<Results<Ok<AuctionView>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project?.Procedure != Procedures.Auction)
        {
            return NotAnAuction();
        }
        var account = user.FindFirst("sub")?.Value;
        var paddle = account is null ? null : await db.Set<AuctionPaddle>().AsNoTracking()
            .Where(p => p.ProjectId == id && p.Account == account).Select(p => (int?)p.Number)
            .SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(AuctionView.Of(project, await BidsAsync(db, id, cancellationToken), paddle));
    }

    static async Task<Results<Ok<AuctionView>, ProblemHttpResult>> Start(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project?.Procedure != Procedures.Auction)
        {
            return NotAnAuction();
        }
        var now = clock.Now;
        if (project.Status is not (ProjectStatus.Announced or ProjectStatus.Bidding))
        {
            return Problems.Conflict("auction-started", "该拍卖已开始或已结束。");
        }
        if (now < project.BidDeadline)
        {
            return Problems.Conflict("registration-open",
                $"竞买申请截止时间（{project.BidDeadline.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}）未到，不能开拍。");
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.ProjectId == id)
            .ToListAsync(cancellationToken);
        if (registrations.Count == 0)
        {
            return Problems.Conflict("no-registrations", "没有竞买人报名，不能开拍；可终止该项目后重新公告。");
        }
        var paddles = registrations.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Select((r, i) => new AuctionPaddle
        {
            ProjectId = id,
            Number = i + 1,
            RegistrationId = r.Id,
            Account = r.Account,
            FirmName = r.FirmName,
        }).ToList();
        db.AddRange(paddles);
        project.Status = ProjectStatus.Auctioning;
        project.OpenedAt = now;
        await ProjectRecord.AppendAsync(db, id, now, "auction-opened", new
        {
            startPrice = project.Budget,
            increment = project.Increment,
            reservePriceSet = project.ReservePrice is not null,
            paddles = paddles.Select(p => p.Number),
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AuctionView.Of(project, [], null));
    }

    /// <summary>
    /// 落槌: the highest bid wins if it reaches the reserve price (no reserve: any bid, all being ≥ the start price);
    /// no bid or below the reserve fails. Valid bids are the distinct bidders.
    /// </summary>
    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Close(Guid id, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project?.Procedure != Procedures.Auction)
        {
            return NotAnAuction();
        }
        if (project.Status != ProjectStatus.Auctioning)
        {
            return Problems.Conflict("auction-not-open", "拍卖未开始或已结束，不能落槌。");
        }
        var now = clock.Now;
        var bids = await BidsAsync(db, id, cancellationToken);
        var highest = bids.MaxBy(b => b.Seq);
        var bidders = bids.Select(b => b.Account).Distinct().Count();
        project.OpeningClosedAt = now;
        project.ValidBids = bidders;
        await ProjectRecord.AppendAsync(db, id, now, "auction-closed", new
        {
            bids = bids.Count,
            bidders,
            highest = highest is null ? null : new { highest.Paddle, highest.Amount, firm = highest.FirmName },
            reservePrice = project.ReservePrice,
        }, cancellationToken);
        if (highest is null || highest.Amount < project.ReservePrice)
        {
            await ProjectOutcome.FailAsync(db, project, bidders, highest is null ? "无人应价" : "最高应价未达保留价", now,
                cancellationToken);
        }
        else
        {
            await ProjectOutcome.AwardAsync(db, project, null, highest.FirmName, highest.Amount, bidders, now,
                cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.ForOfficer(project));
    }

    static Task<List<AuctionBid>> BidsAsync(BiddingDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<AuctionBid>().AsNoTracking().Where(b => b.ProjectId == id).OrderBy(b => b.Seq)
            .ToListAsync(cancellationToken);

    public static ProblemHttpResult NotAnAuction() =>
        Problems.NotFound("auction-not-found", "没有这个拍卖·挂牌项目。");
}
