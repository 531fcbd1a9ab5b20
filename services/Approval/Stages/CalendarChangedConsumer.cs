using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Contracts.Approval;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Approval.Stages;

/// <summary>
/// A calendar change recomputes the due dates of running stages and their open tasks (DESIGN §4); a moved date is
/// announced so supervision judges warnings on the new one.
/// </summary>
public sealed class CalendarChangedConsumer(ApprovalDbContext db, ApprovalCalendar calendar)
    : CalendarChangedConsumer<ApprovalDbContext, ApprovalCalendar>(db, calendar)
{
    protected override async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var running = await Db.Stages.Include(s => s.Tasks)
            .Where(s => s.Status == StageStatus.InProgress || s.Status == StageStatus.Stopped)
            .ToListAsync(cancellationToken);
        foreach (var stage in running)
        {
            var before = StageEvents.OpenDueDates(stage);
            var stageDue = (stage.DueDate, stage.DueDateProvisional);
            StageClock.Redate(stage, calendar);
            var after = StageEvents.OpenDueDates(stage);
            if (!before.SequenceEqual(after) || stageDue != (stage.DueDate, stage.DueDateProvisional))
            {
                Db.AddEvent(new ApprovalTaskDueDatesChanged(stage.StageNo, stage.DueDate!.Value, after,
                    calendar.Version));
            }
        }
    }
}
