using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Cases;

/// <summary>
/// Intake recomputed an open case's due date after a calendar change: its computation replaces the old one.
/// </summary>
public sealed class CaseDueDateChangedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : InboxConsumer<SupervisionDbContext, CaseDueDateChanged>(db)
{
    protected override Task Committed(ConsumeContext<CaseDueDateChanged> context) =>
        warnings.EvaluateAsync(Db, context.Message.CaseNo, context.CancellationToken);

    protected override async Task Handle(ConsumeContext<CaseDueDateChanged> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        @case.DepartmentCode ??= context.Message.DepartmentCode;
        @case.DueDate = context.Message.DueDate;
        @case.DueDateProvisional = context.Message.DueDateProvisional;
        @case.CalendarVersion = context.Message.CalendarVersion;
    }
}
