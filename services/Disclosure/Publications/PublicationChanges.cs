using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>An officer's step on one publication: load, check and change, save against the concurrency stamp.</summary>
static class PublicationChanges
{
    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> ApplyAsync(Guid id,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken,
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
        publication.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("publication-changed", "这条信息刚被他人修改，请刷新后重试。");
        }
        return TypedResults.Ok(PublicationView.Of(publication, HallTime.DateOf(clock.Now)));
    }

    public static ProblemHttpResult NotFound(Guid id) =>
        Problems.NotFound("publication-not-found", $"没有编号为 {id} 的公开信息。");
}
