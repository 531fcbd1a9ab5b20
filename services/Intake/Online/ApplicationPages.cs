using Microsoft.EntityFrameworkCore;
using Platform.Intake.Applications;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Online;

/// <summary>
/// A page of applications in submission order. SQLite cannot order by an instant column, so the matching rows are
/// ordered in memory (an applicant's own list and an open queue stay small).
/// </summary>
static class ApplicationPages
{
    public static async Task<PageOf<ApplicationListItem>> PageAsync(IntakeDbContext db,
        IQueryable<Application> query, bool newestFirst, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        var ordered = newestFirst
            ? rows.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id)
            : rows.OrderBy(a => a.ReceivedAt).ThenBy(a => a.Id);
        var slice = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var codes = slice.Select(a => a.MatterCode).Distinct().ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code))
            .ToDictionaryAsync(m => m.Code, cancellationToken);
        return new(slice.Select(a => ApplicationListItem.Of(a, matters)).ToList(), page, pageSize, rows.Count);
    }
}
