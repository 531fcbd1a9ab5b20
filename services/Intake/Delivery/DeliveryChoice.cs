using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Agent;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Delivery;

/// <summary>
/// The delivery choice, until the result is delivered: by the case's applicant (their online account), an agent of
/// the point that took it in, or the window. Anyone else's case is simply not there for them (404).
/// </summary>
static class DeliveryChoice
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Choose(string caseNo,
        DeliveryChoiceRequest request, ClaimsPrincipal user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Applicant)
            || user.IsInRole(Roles.Agent)))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden",
                "只有申请人本人、代办网点的代办员和窗口人员可以选择送达方式。");
        }
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null || !MayChoose(user, @case))
        {
            return CaseProblems.NotFound(caseNo);
        }
        var errors = new List<FieldError>();
        if (!DeliveryMethods.IsKnown(request.Method))
        {
            errors.Add(new("method", DeliveryMethods.Expected));
        }
        var address = request.Address?.Trim();
        if (request.Method == DeliveryMethods.Post && string.IsNullOrEmpty(address))
        {
            errors.Add(new("address", "邮寄送达请填写收件地址（含收件人和电话）。"));
        }
        if (address is { Length: > 200 })
        {
            errors.Add(new("address", $"收件地址最长 200 个字符（收到 {address.Length} 个）。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (@case.DeliveredAt is not null)
        {
            return Problems.Conflict("already-delivered", $"办件 {caseNo} 的结果已送达，不能再更改送达方式。");
        }
        @case.DeliveryMethod = request.Method;
        @case.DeliveryAddress = request.Method == DeliveryMethods.Post ? address : null;
        // The case's concurrency stamp makes a concurrent change a 409 conflict, not an overwrite.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }

    static bool MayChoose(ClaimsPrincipal user, Case @case) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff)
        || AgentPoint.ActsFor(user, @case.PointCode)
        || (user.IsInRole(Roles.Applicant) && @case.ApplicantAccount is { } account
            && account == user.FindFirst("sub")?.Value);
}
