using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Intake.Catalogue;

/// <summary>Keeps the newest version of each matter; an older version arriving late changes nothing.</summary>
public sealed class MatterPublishedConsumer(IntakeDbContext db) : InboxConsumer<IntakeDbContext, MatterPublished>(db)
{
    protected override async Task Handle(ConsumeContext<MatterPublished> context)
    {
        var message = context.Message;
        var matter = await Db.Matters.SingleOrDefaultAsync(m => m.Code == message.Code, context.CancellationToken);
        if (matter is not null && matter.Version > message.Version)
        {
            return;
        }
        if (matter is null)
        {
            matter = new LocalMatter
            {
                Code = message.Code,
                Name = "",
                TypeCode = "",
                DepartmentCode = "",
                DepartmentName = "",
                HandlingKind = "",
            };
            Db.Matters.Add(matter);
        }
        matter.Version = message.Version;
        matter.Name = message.Name;
        matter.TypeCode = message.TypeCode;
        matter.DepartmentCode = message.DepartmentCode;
        matter.DepartmentName = message.DepartmentName;
        matter.HandlingKind = message.HandlingKind;
        matter.StatutoryLimitDays = message.StatutoryLimitDays;
        matter.PromisedLimitDays = message.PromisedLimitDays;
        matter.Materials = message.Materials.ToList();
        matter.IntakeLevels = IntakeLevelsOf(message);
        matter.Published = true;
    }

    /// <summary>An older publisher sends none: the county hall only. The county hall takes every matter in.</summary>
    static List<string> IntakeLevelsOf(MatterPublished message) =>
        (message.IntakeLevels ?? []).Prepend("county").Distinct().ToList();
}
