using Platform.Contracts.Intake;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>Resumption moves the due date; the newest computation wins.</summary>
public sealed class CaseResumedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : DueDateMovedConsumer<CaseResumed>(db, warnings)
{
    protected override (string CaseNo, Deadline DueDate, string CalendarVersion) Moved(CaseResumed message) =>
        (message.CaseNo, new Deadline(message.DueDate, message.DueDateProvisional), message.CalendarVersion);
}
