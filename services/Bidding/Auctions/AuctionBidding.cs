using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Bidding.Auctions;

/// <summary>
/// 应价: a registered bidder's amount, at least the start price first and then the highest plus the increment. Of two
/// bids made at once against the same highest, the unique bid number lets one in and the other gets a 409 to bid
/// again; a retry with the same Idempotency-Key gets the first answer and never bids twice.
/// </summary>
static class AuctionBidding
{
    public static async Task<Results<Created<AuctionBidView>, ProblemHttpResult>> Bid(Guid id,
        AuctionBidRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal user, BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.Amount is not (> 0 and <= 1_000_000_000_000m) || decimal.Round(request.Amount.Value, 2)
            != request.Amount)
        {
            errors.Add(new("amount", "应价金额应为正数，单位元，最多两位小数。"));
        }
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            errors.Add(malformed);
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var amount = request.Amount!.Value;
        var account = user.FindFirst("sub")?.Value ?? "";
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project?.Procedure != Procedures.Auction)
        {
            return AuctionsApi.NotAnAuction();
        }
        if (idempotencyKey is not null && await RetryAsync(db, id, account, idempotencyKey, amount, cancellationToken)
            is { } answered)
        {
            return answered;
        }
        if (project.Status != ProjectStatus.Auctioning)
        {
            return Problems.Conflict("auction-not-open", "拍卖未开始或已结束，不接受应价。");
        }
        var paddle = await db.Set<AuctionPaddle>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProjectId == id && p.Account == account, cancellationToken);
        if (paddle is null)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "not-registered",
                "本账户未在截止前报名竞买该项目，没有竞买号，不能应价。");
        }
        var highest = await db.Set<AuctionBid>().AsNoTracking().Where(b => b.ProjectId == id)
            .OrderByDescending(b => b.Seq).FirstOrDefaultAsync(cancellationToken);
        if (highest?.Account == account)
        {
            return Problems.Conflict("already-highest", $"您（{paddle.Number} 号）已是当前最高应价，无须再次加价。");
        }
        var minimum = AuctionView.MinimumAfter(project, highest);
        if (amount < minimum)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "bid-too-low", highest is null
                ? $"首次应价不得低于起始价 {minimum:0.00} 元。"
                : $"应价须不低于 {minimum:0.00} 元（当前最高应价 {highest.Amount:0.00} 元加加价幅度 "
                    + $"{project.Increment:0.00} 元）。");
        }
        var now = clock.Now;
        var bid = new AuctionBid
        {
            Id = Guid.NewGuid(),
            ProjectId = id,
            Seq = (highest?.Seq ?? 0) + 1,
            Paddle = paddle.Number,
            Account = account,
            FirmName = paddle.FirmName,
            Amount = amount,
            At = now,
            IdempotencyKey = idempotencyKey,
        };
        db.Add(bid);
        await ProjectRecord.AppendAsync(db, id, now, "auction-bid",
            new { seq = bid.Seq, paddle = bid.Paddle, amount, at = now }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (idempotencyKey is not null && await RetryAsync(db, id, account, idempotencyKey, amount,
                cancellationToken) is { } first)
            {
                return first;
            }
            return Problems.Conflict("outbid", "同一时刻已有另一应价被接受，本次应价未成立；请刷新查看当前最高应价后重新应价。");
        }
        return Created(bid);
    }

    /// <summary>The answer already given to this key: the same bid, or a 422 when the amount differs.</summary>
    static async Task<Results<Created<AuctionBidView>, ProblemHttpResult>?> RetryAsync(BiddingDbContext db, Guid id,
        string account, string key, decimal amount, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<AuctionBid>().AsNoTracking().SingleOrDefaultAsync(
            b => b.ProjectId == id && b.Account == account && b.IdempotencyKey == key, cancellationToken);
        return earlier is null ? null : earlier.Amount == amount ? Created(earlier) : IdempotencyKeys.Reused();
    }

    static Created<AuctionBidView> Created(AuctionBid bid) =>
        TypedResults.Created($"/api/bidding/projects/{bid.ProjectId}/auction", AuctionBidView.Of(bid));
}
