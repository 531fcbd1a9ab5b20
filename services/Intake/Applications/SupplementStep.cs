using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Intake.Applications;

/// <summary>补正: every material the notice named arrives, and the application is accepted as of that moment.</summary>
static class SupplementStep
{
    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> Supplement(Guid id,
        SupplementRequest request, IntakeDbContext db, IntakeCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (ApplicationLimits.Problem(request) is { } refused)
        {
            return refused;
        }
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return Problems.NotFound("application-not-found", "没有这份申请。");
        }
        if (application.Outcome != ApplicationOutcome.AwaitingSupplement)
        {
            return Problems.Conflict("not-awaiting-supplement", "这份申请不在等待补正的状态。");
        }
        var matter = await db.Matters.AsNoTracking()
            .SingleAsync(m => m.Code == application.MatterCode, cancellationToken);
        var stillLacking = application.Notice
            .Where(name => request.Materials?.Any(m => m.Name == name && m.Status == "present") != true).ToList();
        if (stillLacking.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "supplement-incomplete",
                $"告知书所列材料仍未补齐：{string.Join("、", stillLacking)}。", stillLacking);
        }
        var receivedAt = clock.Now;
        return await RunningNumbers.InTransactionAsync<Results<Created<ApplicationResponse>, ProblemHttpResult>>(db,
            async () =>
        {
            var reloaded = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
            if (reloaded.Outcome != ApplicationOutcome.AwaitingSupplement)
            {
                // Another window accepted it a moment ago (the unique application of a case stops a second case).
                return Problems.Conflict("not-awaiting-supplement", "这份申请不在等待补正的状态。");
            }
            // The applicant came back to the window with the rest: a second trip in person.
            reloaded.Visits++;
            reloaded.Materials = reloaded.Materials
                .Select(m => reloaded.Notice.Contains(m.Name) ? m with { Status = "present" } : m).ToList();
            var @case = await CaseAcceptance.Accept(db, reloaded, matter, calendar.Current, receivedAt,
                cancellationToken);
            db.AddEvent(new SupplementReceived(reloaded.Id, @case.CaseNo, receivedAt));
            await db.SaveChangesAsync(cancellationToken);
            return CaseAcceptance.Created(reloaded, @case, matter);
        }, cancellationToken);
    }
}
