using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Intake.Points;

/// <summary>Keeps the newest publication of each service point; an older one arriving late changes nothing.</summary>
public sealed class ServicePointPublishedConsumer(IntakeDbContext db)
    : InboxConsumer<IntakeDbContext, ServicePointPublished>(db)
{
    protected override async Task Handle(ConsumeContext<ServicePointPublished> context)
    {
        var message = context.Message;
        var point = await Db.ServicePoints.SingleOrDefaultAsync(p => p.Code == message.Code,
            context.CancellationToken);
        if (point is not null && point.PublishedAt > message.PublishedAt)
        {
            return;
        }
        if (point is null)
        {
            point = new LocalServicePoint { Code = message.Code, Name = "", Level = "" };
            Db.ServicePoints.Add(point);
        }
        point.Name = message.Name;
        point.Level = message.Level;
        point.ParentCode = message.ParentCode;
        point.Address = message.Address;
        point.Hours = message.Hours;
        point.Phone = message.Phone;
        point.WindowNumbers = message.WindowNumbers.ToList();
        point.PublishedAt = message.PublishedAt;
    }
}
