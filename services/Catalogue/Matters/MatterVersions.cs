using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Catalogue.Matters;

/// <summary>How versions come and go: publishing a version retires the current one, with its event.</summary>
static class MatterVersions
{
    public static async Task<int> NextVersionAsync(CatalogueDbContext db, string code,
        CancellationToken cancellationToken) =>
        (await db.Matters.Where(m => m.Code == code).Select(m => (int?)m.Version).MaxAsync(cancellationToken) ?? 0) + 1;

    public static void Publish(CatalogueDbContext db, Matter version, Matter? current, DateTimeOffset now)
    {
        var today = HallTime.DateOf(now);
        if (current is not null && current != version)
        {
            current.IsCurrent = false;
            current.EffectiveTo = today;
            current.UpdatedAt = now;
        }
        version.Status = MatterStatus.Published;
        version.IsCurrent = true;
        version.EffectiveFrom = today;
        version.UpdatedAt = now;
        db.AddEvent(MatterEvents.Published(version));
    }
}
