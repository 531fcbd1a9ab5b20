using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Catalogue.Points;

static class ServicePointEvents
{
    /// <summary>
    /// Stages the point's snapshot on the context's outbox, with the numbers of its windows: those saved and those
    /// added in the same unit of work (a new window republishes its point in the transaction that stores it).
    /// </summary>
    public static async Task PublishAsync(CatalogueDbContext db, ServicePoint point, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var saved = await db.Windows.AsNoTracking().Where(w => w.PointCode == point.Code).Select(w => w.Number)
            .ToListAsync(cancellationToken);
        var added = db.Windows.Local.Where(w => w.PointCode == point.Code).Select(w => w.Number);
        var numbers = saved.Union(added).Order(StringComparer.Ordinal).ToList();
        db.AddEvent(new ServicePointPublished(point.Code, point.Name, point.Level, point.ParentCode, point.Address,
            point.Hours, point.Phone, numbers, now));
    }
}
