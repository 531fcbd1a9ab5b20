using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Delivery;

/// <summary>
/// 送达 recorded by the window or the case's department, once, after completion: the method, the tracking number or
/// the electronic licence (attached to the case, its hash kept), the visit a window collection costs, and the event.
/// </summary>
static class DeliveryRecording
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Record(string caseNo,
        DeliveryRecordRequest request, ClaimsPrincipal user, IntakeDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Approver)))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "只有窗口人员和办件所属部门的审批人员可以登记送达。");
        }
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return CaseProblems.NotFound(caseNo);
        }
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.WindowStaff)
            && user.Department() != @case.DepartmentCode)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "other-department",
                $"办件 {caseNo} 属于 {@case.DepartmentCode}，不属于您所在的部门。");
        }
        if (DeliveryRules.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (@case.Status != CaseStatus.Completed)
        {
            return Problems.Conflict("case-not-completed", $"办件 {caseNo} 尚未办结，不能送达结果。");
        }
        if (@case.DeliveredAt is not null)
        {
            return Problems.Conflict("already-delivered", $"办件 {caseNo} 的结果已于 {@case.DeliveredAt:yyyy-MM-dd} 送达。");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? sha256 = null;
        if (request.Method == DeliveryMethods.Electronic)
        {
            var file = await db.Files.AsNoTracking()
                .SingleOrDefaultAsync(f => f.Id == request.FileId, cancellationToken);
            // Only while unattached: two cases delivering the same file at once cannot both take it.
            var attached = file is { Purpose: "result", CaseNo: null } && await db.Files
                .Where(f => f.Id == file.Id && f.CaseNo == null)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.CaseNo, caseNo), cancellationToken) == 1;
            if (!attached)
            {
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, "result-file-unusable",
                    "电子证照文件不存在、不是结果文件（purpose result），或已送达其他办件；请重新上传结果文件。");
            }
            sha256 = file!.Sha256;
        }
        var tracked = await db.Cases.SingleAsync(c => c.CaseNo == caseNo, cancellationToken);
        var at = clock.Now;
        Deliver(tracked, request, sha256, at);
        db.AddEvent(new Platform.Contracts.Intake.CaseResultDelivered(tracked.CaseNo, request.Method!,
            tracked.TrackingNumber, sha256, at, tracked.Visits));
        // The case's concurrency stamp turns a delivery recorded at the same moment elsewhere into a 409.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(tracked));
    }

    static void Deliver(Case @case, DeliveryRecordRequest request, string? sha256, DateTimeOffset at)
    {
        @case.DeliveryMethod = request.Method;
        @case.DeliveredAt = at;
        var note = DeliveryMethods.Label(request.Method!);
        switch (request.Method)
        {
            case DeliveryMethods.Post:
                @case.TrackingNumber = request.TrackingNumber!.Trim().ToUpperInvariant();
                note += $"，运单号 {@case.TrackingNumber}";
                break;
            case DeliveryMethods.Electronic:
                @case.ResultFileId = request.FileId;
                @case.ResultFileSha256 = sha256;
                note += $"，SHA-256 {sha256}";
                break;
            default:
                @case.Visits += Visits.ForWindowCollection(@case);
                break;
        }
        @case.Timeline.Add(new(at, "delivered", "送达：" + note));
    }
}
