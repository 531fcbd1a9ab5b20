using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Intake.Catalogue;

/// <summary>A suspended or cancelled matter takes no new applications; open cases go on.</summary>
public sealed class MatterWithdrawnConsumer(IntakeDbContext db) : InboxConsumer<IntakeDbContext, MatterWithdrawn>(db)
{
    protected override async Task Handle(ConsumeContext<MatterWithdrawn> context)
    {
        var matter = await Db.Matters
            .SingleOrDefaultAsync(m => m.Code == context.Message.Code, context.CancellationToken);
        if (matter is not null && matter.Version == context.Message.Version)
        {
            matter.Published = false;
        }
    }
}
