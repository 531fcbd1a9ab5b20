using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;

namespace Platform.Supervision.Points;

/// <summary>
/// Keeps supervision's copy of a service point; the newest publication wins, so an older one arriving late is ignored.
/// Two first publications of one point racing collide on its key: the loser's retry finds the row.
/// </summary>
public sealed class ServicePointPublishedConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, ServicePointPublished>(db)
{
    protected override async Task Handle(ConsumeContext<ServicePointPublished> context)
    {
        var m = context.Message;
        var point = await Db.Points.SingleOrDefaultAsync(p => p.Code == m.Code, context.CancellationToken);
        if (point is null)
        {
            point = new SupervisedPoint { Code = m.Code, Name = m.Name, Level = m.Level };
            Db.Points.Add(point);
        }
        else if (point.PublishedAt > m.PublishedAt)
        {
            return;
        }
        point.Name = m.Name;
        point.Level = m.Level;
        point.ParentCode = m.ParentCode;
        point.PublishedAt = m.PublishedAt;
    }
}
