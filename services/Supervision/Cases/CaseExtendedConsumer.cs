using Platform.Contracts.Intake;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>Extension moves the due date; the newest computation wins.</summary>
public sealed class CaseExtendedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : DueDateMovedConsumer<CaseExtended>(db, warnings)
{
    protected override (string CaseNo, Deadline DueDate, string CalendarVersion) Moved(CaseExtended message) =>
        (message.CaseNo, new Deadline(message.DueDate, message.DueDateProvisional), message.CalendarVersion);
}
