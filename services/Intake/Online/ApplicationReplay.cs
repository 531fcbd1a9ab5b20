using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Applications;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Online;

/// <summary>
/// A retried online or 代办 submission (same account, same Idempotency-Key, same body) gets the application it made;
/// the key with another body, or with another channel's submission, is refused and changes nothing.
/// </summary>
static class ApplicationReplay
{
    public static async Task<Results<Created<ApplicationView>, ProblemHttpResult>?> ReplayAsync(IntakeDbContext db,
        string account, string channel, string? key, string requestHash, CancellationToken cancellationToken)
    {
        var application = key is null ? null : await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.SubmittedBy == account && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
        }
        if (application.RequestHash != requestHash || application.Channel != channel)
        {
            return IdempotencyKeys.Reused();
        }
        return Created(application, await ApplicationViews.LoadAsync(db, application, cancellationToken));
    }

    public static Created<ApplicationView> Created(Application application, ApplicationView view) =>
        TypedResults.Created($"/api/intake/online/applications/{application.Id}", view);
}
