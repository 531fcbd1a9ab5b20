using Platform.Contracts.Intake;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Cases;

/// <summary>Extension moves the due date; the newest computation wins.</summary>
public sealed class CaseExtendedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : DueDateMovedConsumer<CaseExtended>(db, warnings)
{
    protected override (string CaseNo, DateOnly DueDate, string CalendarVersion) Moved(CaseExtended message) =>
        (message.CaseNo, message.DueDate, message.CalendarVersion);
}
