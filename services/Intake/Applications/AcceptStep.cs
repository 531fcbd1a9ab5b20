using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Intake.Calendar;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Intake.Applications;

/// <summary>
/// Outcome "accept" (受理) or "complete-now" (当场办结: an instant matter accepted and completed in one step); every
/// required material must be present. The clock starts at acceptedAt: the window's receipt of the application, or
/// the moment a pre-review (预审) accepted an application stored earlier.
/// </summary>
static class AcceptStep
{
    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> AcceptAsync(
        ApplicationRequest request, Application application, LocalMatter matter, List<string> lacking,
        IntakeDbContext db, IntakeCalendar calendar, CancellationToken cancellationToken,
        DateTimeOffset? acceptedAt = null)
    {
        var at = acceptedAt ?? application.ReceivedAt;
        if (lacking.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "materials-incomplete",
                $"必需材料不齐全（{string.Join("、", lacking)}），不能受理；请出具一次性告知书（outcome: notice）。");
        }
        var completeNow = request.Outcome == "complete-now";
        if (completeNow && (!matter.IsInstant || request.Result is not ("approved" or "denied")))
        {
            return Problems.Invalid([new("outcome", "只有即办件可以当场办结，且须给出办理结果 result：approved 或 denied。")]);
        }
        return await RunningNumbers.InTransactionAsync(db, async () =>
        {
            var @case = await CaseAcceptance.Accept(db, application, matter, calendar.Current, at,
                cancellationToken);
            if (completeNow)
            {
                CaseClock.Complete(@case, at, request.Result!, request.DecisionNo,
                    calendar.Current);
                @case.Timeline.Add(new(at, "completed", "当场办结"));
                db.AddEvent(CaseEvents.Completed(@case));
            }
            await db.SaveChangesAsync(cancellationToken);
            return CaseAcceptance.Created(application, @case, matter);
        }, cancellationToken);
    }
}
