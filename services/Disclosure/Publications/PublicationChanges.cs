using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>
/// An officer's step on one publication: load, check and change, save (the record is concurrency-stamped).
/// </summary>
static class PublicationChanges
{
    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> ApplyAsync(Guid id,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken,
        Func<Publication, ProblemHttpResult?> apply)
    {
        var publication = await db.Publications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound(id);
        }
        if (apply(publication) is { } problem)
        {
            return problem;
        }
        // The concurrency stamp makes a concurrent change by someone else a 409 conflict, not an overwrite.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PublicationView.Of(publication,
            PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock)));
    }

    public static ProblemHttpResult NotFound(Guid id) =>
        Problems.NotFound("publication-not-found", $"没有编号为 {id} 的公开信息。");
}
