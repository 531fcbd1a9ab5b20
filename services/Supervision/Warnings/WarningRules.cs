using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Supervision;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// DESIGN §5's warnings of cases and parallel-approval tasks, by the platform's one rule
/// (<see cref="Deadlines.Level"/>): red once a working day after the due date has begun, yellow when at most N working
/// days are left or the share used reaches the threshold. A due date in a year without a notice is judged on its
/// provisional date. The live warnings of a completed case or a decided or closed task are cleared.
/// </summary>
public static class WarningRules
{
    public static string? Level(WatchedClock c, DateOnly today, WorkingDayCalendar calendar, WarningOptions options)
    {
        if (c.Ended is not null || c.Start is not { } start || c.Due is not { } due)
        {
            return null;
        }
        var rule = new YellowRule(options.YellowWorkingDaysLeft, options.YellowShareUsed);
        return Deadlines.Level(calendar, start, due, today, rule) switch
        {
            DeadlineLevel.Red => "red",
            DeadlineLevel.Yellow => "yellow",
            _ => null,
        };
    }

    /// <summary>
    /// Raises what the clocks call for (once per level and number) and clears ended ones' warnings
    /// (<see cref="WarningClocks"/> gives the clocks).
    /// </summary>
    public static async Task<int> EvaluateAsync(SupervisionDbContext db, IReadOnlyList<WatchedClock> list,
        DateTimeOffset now, WorkingDayCalendar calendar, WarningOptions options, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(now);
        var numbers = list.Select(c => c.No).ToList();
        var existing = (await db.Warnings.Where(w => numbers.Contains(w.CaseNo)).ToListAsync(cancellationToken))
            .ToLookup(w => w.CaseNo);
        var raised = 0;
        foreach (var clock in list)
        {
            if (clock.Ended is { } ended)
            {
                foreach (var warning in existing[clock.No].Where(w => w.IsLive && w.Status != "upheld"))
                {
                    warning.Status = "cleared";
                    warning.ClearedDate = ended;
                    warning.Trail.Add(new WarningAudit(now, "system", "cleared", clock.EndedNote));
                }
                continue;
            }
            var level = Level(clock, today, calendar, options);
            Redated(existing[clock.No], clock, level, today, now);
            var known = existing[clock.No].FirstOrDefault(w => w.Level == level);
            if (level is null || (known is not null && !IsRedatedAway(known)))
            {
                continue;
            }
            if (known is not null)
            {
                // Raised on a provisional date, cleared when the notice moved it, and due again on the real date.
                known.Status = "active";
                known.DueDate = clock.Due!.Value;
                known.DueDateProvisional = clock.DueProvisional;
                known.RaisedDate = today;
                known.ClearedDate = null;
                known.Trail.Add(new WarningAudit(now, "system", "raised", "按重新计算的办结期限再次预警"));
                db.AddEvent(new WarningRaised(known.Id, clock.No, known.DepartmentCode, level, known.DueDate, now,
                    known.DueDateProvisional));
                raised++;
                continue;
            }
            var raisedWarning = new Warning
            {
                Id = Guid.NewGuid(),
                CaseNo = clock.No,
                DepartmentCode = clock.DepartmentCode ?? "",
                Level = level,
                DueDate = clock.Due!.Value,
                DueDateProvisional = clock.DueProvisional,
                RaisedDate = today,
                Status = "active",
                Trail = [new WarningAudit(now, "system", "raised", level == "red" ? "已超过办结期限" : "临近办结期限")],
            };
            db.Warnings.Add(raisedWarning);
            db.AddEvent(new WarningRaised(raisedWarning.Id, clock.No, raisedWarning.DepartmentCode, level,
                raisedWarning.DueDate, now, raisedWarning.DueDateProvisional));
            raised++;
        }
        return raised;
    }

    /// <summary>
    /// Warnings raised on a provisional due date that the holiday notice has since moved: one whose level no longer
    /// holds is cleared ("redated"), one that still holds follows the real date. Decided warnings are left alone.
    /// </summary>
    static void Redated(IEnumerable<Warning> warnings, WatchedClock clock, string? level, DateOnly today,
        DateTimeOffset now)
    {
        foreach (var warning in warnings.Where(w => w.Status == "active" && w.DueDateProvisional
            && w.DueDate != clock.Due))
        {
            var stillHolds = warning.Level == level || (warning.Level == "yellow" && level == "red");
            warning.DueDate = clock.Due!.Value;
            warning.DueDateProvisional = clock.DueProvisional;
            if (stillHolds)
            {
                warning.Trail.Add(new WarningAudit(now, "system", "redated", "节假日通知发布后办结期限重新计算"));
                continue;
            }
            warning.Status = "cleared";
            warning.ClearedDate = today;
            warning.Trail.Add(new WarningAudit(now, "system", RedatedAway, "节假日通知发布后办结期限顺延，预警解除"));
        }
    }

    const string RedatedAway = "cleared-redated";

    static bool IsRedatedAway(Warning warning) =>
        warning.Status == "cleared" && warning.Trail.LastOrDefault()?.Action == RedatedAway;
}
