using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Data;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Approval.Catalogue;

/// <summary>A suspended or cancelled matter takes no new applications; open cases go on.</summary>
public sealed class MatterWithdrawnConsumer(ApprovalDbContext db)
    : InboxConsumer<ApprovalDbContext, MatterWithdrawn>(db)
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
