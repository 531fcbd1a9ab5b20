using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Agent;

/// <summary>
/// What an agent follows: the applications and cases of their point (any agent of the point: staff rotate).
/// </summary>
static class AgentLists
{
    /// <summary>Newest first: slip numbers run by day and within it (SQLite cannot order the instants).</summary>
    public static async Task<Results<Ok<PageOf<AgentApplicationItem>>, ProblemHttpResult>> Applications(
        string? status, int? page, int? pageSize, ClaimsPrincipal user, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        var (point, noPoint) = await AgentPoint.ResolveAsync(user, db, cancellationToken);
        if (noPoint is not null)
        {
            return noPoint;
        }
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        var outcome = status is null ? null : ApplicationStatuses.Parse(status);
        if (status is not null && outcome is null)
        {
            return Problems.Invalid([new("status",
                "状态应为 pending-review（待预审）、awaiting-handover（待交接）、awaiting-supplement（待补正）、"
                + "accepted（已受理）或 rejected（不予受理）。")]);
        }
        var applications = db.Applications.AsNoTracking().Where(a => a.PointCode == point!.Code)
            .Where(a => outcome == null || a.Outcome == outcome);
        var total = await applications.CountAsync(cancellationToken);
        var rows = await applications.OrderByDescending(a => a.TransferSlipNo).ThenBy(a => a.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var codes = rows.Select(a => a.MatterCode).Distinct().ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code))
            .ToDictionaryAsync(m => m.Code, cancellationToken);
        var items = rows.Select(a => new AgentApplicationItem(a.Id, a.MatterCode,
            matters.GetValueOrDefault(a.MatterCode)?.Name ?? a.MatterCode,
            matters.GetValueOrDefault(a.MatterCode)?.DepartmentName ?? "", a.Channel, a.PointCode,
            a.Applicant.MaskedName, ApplicationStatuses.Of(a.Outcome), ApplicationStatuses.Label(a.Outcome),
            a.ReceivedAt, a.TransferSlipNo, a.HandedOverAt, a.CaseNo)).ToList();
        return TypedResults.Ok(new PageOf<AgentApplicationItem>(items, pageNumber, size, total));
    }

    /// <summary>Every case taken in at the agent's point, newest first, with its clock and delivery.</summary>
    public static async Task<Results<Ok<PageOf<CaseView>>, ProblemHttpResult>> Cases(int? page, int? pageSize,
        ClaimsPrincipal user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var (point, noPoint) = await AgentPoint.ResolveAsync(user, db, cancellationToken);
        if (noPoint is not null)
        {
            return noPoint;
        }
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        var cases = db.Cases.AsNoTracking().Where(c => c.PointCode == point!.Code);
        var total = await cases.CountAsync(cancellationToken);
        var rows = await cases.OrderByDescending(c => c.AcceptedDate).ThenByDescending(c => c.CaseNo)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<CaseView>(rows.Select(CaseView.Of).ToList(), pageNumber, size, total));
    }
}
