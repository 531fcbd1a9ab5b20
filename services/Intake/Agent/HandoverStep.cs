using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Applications;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Agent;

/// <summary>
/// 交接: the county window receives an agent's paper materials by the slip that came with them; the application then
/// waits for the window's 预审. The slip must match: papers are never booked against another resident's application.
/// </summary>
static class HandoverStep
{
    public static async Task<Results<Ok<HandoverReceipt>, ProblemHttpResult>> Receive(Guid id,
        HandoverRequest request, ClaimsPrincipal user, IntakeDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var slipNo = request.SlipNo?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(slipNo) || slipNo.Length > 40)
        {
            return Problems.Invalid([new("slipNo", "请填写交接单编号（如 ZB-20260101-0001），最长 40 位。")]);
        }
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id,
            cancellationToken);
        if (application is null)
        {
            return Problems.NotFound("application-not-found", "没有这份申请。");
        }
        if (application.Outcome != ApplicationOutcome.AwaitingHandover)
        {
            return Problems.Conflict("not-awaiting-handover", "这份申请不在待交接状态（材料已交接或不是代办申请）。");
        }
        if (!string.Equals(application.TransferSlipNo, slipNo, StringComparison.Ordinal))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "transfer-slip-mismatch",
                $"交接单编号 {slipNo} 与这份代办申请的交接单不符，请核对纸质交接单。");
        }
        var staff = user.FindFirst("sub")?.Value ?? "unknown";
        var receivedAt = clock.Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only while it still awaits the handover: two windows scanning the same slip at once book it once.
        var changed = await db.Applications
            .Where(a => a.Id == id && a.Outcome == ApplicationOutcome.AwaitingHandover)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Outcome, ApplicationOutcome.PendingReview)
                .SetProperty(a => a.HandedOverAt, receivedAt)
                .SetProperty(a => a.HandedOverTo, staff), cancellationToken);
        if (changed == 0)
        {
            return Problems.Conflict("not-awaiting-handover", "这份申请不在待交接状态（材料已交接或不是代办申请）。");
        }
        db.AddEvent(new TransferSlipReceived(id, slipNo, application.PointCode!, staff, receivedAt));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new HandoverReceipt(id, slipNo, receivedAt, staff, application.PointCode!));
    }
}
