using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Bidding.Bids;

/// <summary>
/// 投标: a registered firm's account uploads its sealed bid before the deadline; a new upload before the deadline
/// replaces the firm's earlier one (the record keeps both hashes). A retry with the same Idempotency-Key gets the
/// first answer.
/// </summary>
static class BidUpload
{
    public static async Task<Results<Created<BidReceipt>, ProblemHttpResult>> Upload(Guid id, BidRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ClaimsPrincipal user, BiddingDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        var (ciphertext, nonce, hash, refused) = Decode(request, idempotencyKey);
        if (refused is not null)
        {
            return refused;
        }
        var account = user.FindFirst("sub")?.Value ?? "";
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var existing = await db.Bids.SingleOrDefaultAsync(b => b.ProjectId == id && b.Account == account,
            cancellationToken);
        if (idempotencyKey is not null && existing?.IdempotencyKey == idempotencyKey
            && existing.PlaintextSha256 == hash)
        {
            return Created(existing);
        }
        var now = clock.Now;
        if (now >= project.BidDeadline || project.Status is not (ProjectStatus.Announced or ProjectStatus.Bidding))
        {
            return Problems.Conflict("deadline-passed",
                $"投标已于 {project.BidDeadline.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm} 截止，不再接收投标文件。");
        }
        var registration = await db.Registrations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProjectId == id && r.Account == account, cancellationToken);
        if (registration is null)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "not-registered", "请先为该项目报名，再上传投标文件。");
        }
        var bid = existing ?? new Bid
        {
            Id = Guid.NewGuid(),
            ProjectId = id,
            Account = account,
            FirmName = registration.FirmName,
            FirmCreditCode = registration.FirmCreditCode,
            Ciphertext = [],
            Nonce = [],
            PlaintextSha256 = "",
        };
        (bid.Ciphertext, bid.Nonce, bid.PlaintextSha256, bid.SubmittedAt, bid.IdempotencyKey) =
            (ciphertext!, nonce!, hash!, now, idempotencyKey);
        if (existing is null)
        {
            db.Bids.Add(bid);
        }
        project.Status = ProjectStatus.Bidding;
        await ProjectRecord.AppendAsync(db, id, now, "bid-received",
            new { bidId = bid.Id, firm = bid.FirmName, firmCreditCode = bid.FirmCreditCode, plaintextSha256 = hash },
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Created(bid);
    }

    static Created<BidReceipt> Created(Bid bid) =>
        TypedResults.Created($"/api/bidding/projects/{bid.ProjectId}/bids/{bid.Id}",
            new BidReceipt(bid.Id, bid.SubmittedAt, bid.PlaintextSha256));

    static (byte[]? Ciphertext, byte[]? Nonce, string? Hash, ProblemHttpResult? Problem) Decode(BidRequest request,
        string? idempotencyKey)
    {
        var errors = new List<FieldError>();
        var ciphertext = Base64(request.Ciphertext);
        var nonce = Base64(request.Nonce);
        if (ciphertext is not { Length: > SealedBids.TagBytes and <= 1_048_576 })
        {
            errors.Add(new("ciphertext", "ciphertext 应为 AES-256-GCM 密文（含 16 字节认证标签）的 base64，不超过 1 MB。"));
        }
        if (nonce is not { Length: 12 })
        {
            errors.Add(new("nonce", "nonce 应为 12 字节随机数的 base64。"));
        }
        var hash = request.PlaintextSha256?.Trim().ToLowerInvariant();
        if (hash is not { Length: 64 } || !hash.All(char.IsAsciiHexDigitLower))
        {
            errors.Add(new("plaintextSha256", "plaintextSha256 应为明文 SHA-256 的 64 位十六进制。"));
        }
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            errors.Add(malformed);
        }
        return errors.Count > 0 ? (null, null, null, Problems.Invalid(errors)) : (ciphertext, nonce, hash, null);
    }

    static byte[]? Base64(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
