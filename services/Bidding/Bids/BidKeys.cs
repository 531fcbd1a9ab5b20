using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Bidding.Bids;

/// <summary>
/// 解密: the bidder supplies the key during the opening window (never before the opening: a key offered early is
/// refused and not kept). The platform opens the bid, checks the hash and reads the price; a wrong key may be tried
/// again within the window, a plaintext that does not match its hash makes the bid invalid.
/// </summary>
static class BidKeys
{
    public static async Task<Results<Ok<OpenedBidView>, ProblemHttpResult>> Supply(Guid id, string bidId,
        KeyRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        // Parsed here rather than by a route constraint: a malformed id is simply no bid of the caller's (404).
        var bidGuid = Guid.TryParse(bidId, out var parsed) ? parsed : Guid.Empty;
        var account = user.FindFirst("sub")?.Value ?? "";
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var bid = await db.Bids.SingleOrDefaultAsync(b => b.Id == bidGuid && b.ProjectId == id && b.Account == account,
            cancellationToken);
        if (project is null || bid is null)
        {
            return Problems.NotFound("bid-not-found", "没有找到本账户在该项目的这份投标。");
        }
        var now = clock.Now;
        if (project.OpenedAt is null)
        {
            return Problems.Conflict("opening-not-started", now < project.BidDeadline
                ? "投标尚未截止：开标前不接收解密密钥（密钥未被保存），请在开标后于解密时限内提交。"
                : "尚未开标：请在交易专员宣布开标后提交解密密钥。");
        }
        if (project.OpeningClosedAt is not null || now > project.KeysDueAt)
        {
            return Problems.Conflict("opening-window-closed", "解密时限已过，未解密的投标视为撤回。");
        }
        if (bid.Status != BidStatus.Sealed)
        {
            return Problems.Conflict("bid-already-opened", "这份投标已经解密（或已被认定无效）。");
        }
        var key = Key(request.Key);
        var plaintext = key is null ? null : SealedBids.Decrypt(bid, key);
        if (plaintext is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "key-invalid",
                "密钥无法解开这份投标文件（应为 32 字节 AES-256 密钥的 base64），请核对后在解密时限内重试。");
        }
        if (!SealedBids.MatchesHash(bid, plaintext) || SealedBids.Price(plaintext) is not { } price)
        {
            var reason = SealedBids.MatchesHash(bid, plaintext)
                ? "明文中没有有效的报价（price）" : "明文与投标时提交的 SHA-256 不符";
            bid.Status = BidStatus.Invalid;
            bid.InvalidReason = reason;
            await ProjectRecord.AppendAsync(db, id, now, "bid-invalid",
                new { bidId = bid.Id, firm = bid.FirmName, reason }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "hash-mismatch",
                $"投标无效：{reason}。");
        }
        bid.Status = BidStatus.Decrypted;
        bid.Plaintext = Encoding.UTF8.GetString(plaintext);
        bid.Price = price;
        bid.DecryptedAt = now;
        await ProjectRecord.AppendAsync(db, id, now, "bid-decrypted",
            new { bidId = bid.Id, firm = bid.FirmName, price, plaintextSha256 = bid.PlaintextSha256 },
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OpenedBidView.Of(bid, project, now));
    }

    static byte[]? Key(string? text)
    {
        var buffer = new byte[64];
        return text is { Length: > 0 and <= 64 } && Convert.TryFromBase64String(text, buffer, out var written)
            && written == 32 ? buffer[..32] : null;
    }
}
