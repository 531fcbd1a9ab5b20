using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Supervision;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// DESIGN §5's warnings of cases, by the platform's one rule (<see cref="Deadlines.Level"/>): red once a working day
/// after the due date has begun, yellow when at most N working days are left or the share used reaches the threshold.
/// A due date in a year without a notice is judged on its provisional date. A completed case's live warnings are
/// cleared.
/// </summary>
public static class WarningRules
{
    public static string? Level(SupervisedCase c, DateOnly today, WorkingDayCalendar calendar,
        WarningOptions options)
    {
        if (c.CompletedDate is not null || c.AcceptedDate is not { } accepted || c.DueDate is not { } due)
        {
            return null;
        }
        var rule = new YellowRule(options.YellowWorkingDaysLeft, options.YellowShareUsed);
        return Deadlines.Level(calendar, accepted, due, today, rule) switch
        {
            DeadlineLevel.Red => "red",
            DeadlineLevel.Yellow => "yellow",
            _ => null,
        };
    }

    /// <summary>
    /// The cases an evaluation looks at: open ones, and completed ones whose warnings are still live.
    /// </summary>
    public static IQueryable<SupervisedCase> Candidates(SupervisionDbContext db) =>
        db.Cases.Where(c => (c.CompletedDate == null && !c.CompletionFollows)
            || db.Warnings.Any(w => w.CaseNo == c.CaseNo && (w.Status == "active" || w.Status == "appealed")));

    /// <summary>
    /// Raises what the cases call for (once per level and case) and clears completed cases' warnings.
    /// </summary>
    public static async Task<int> EvaluateAsync(SupervisionDbContext db, IQueryable<SupervisedCase> cases,
        DateTimeOffset now, WorkingDayCalendar calendar, WarningOptions options, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(now);
        var list = await cases.ToListAsync(cancellationToken);
        var numbers = list.Select(c => c.CaseNo).ToList();
        var existing = (await db.Warnings.Where(w => numbers.Contains(w.CaseNo)).ToListAsync(cancellationToken))
            .ToLookup(w => w.CaseNo);
        var raised = 0;
        foreach (var @case in list)
        {
            if (@case.CompletedDate is { } completed)
            {
                foreach (var warning in existing[@case.CaseNo].Where(w => w.IsLive && w.Status != "upheld"))
                {
                    warning.Status = "cleared";
                    warning.ClearedDate = completed;
                    warning.Trail.Add(new WarningAudit(now, "system", "cleared", "办结"));
                }
                continue;
            }
            var level = Level(@case, today, calendar, options);
            Redated(existing[@case.CaseNo], @case, level, today, now);
            var known = existing[@case.CaseNo].FirstOrDefault(w => w.Level == level);
            if (level is null || (known is not null && !IsRedatedAway(known)))
            {
                continue;
            }
            if (known is not null)
            {
                // Raised on a provisional date, cleared when the notice moved it, and due again on the real date.
                known.Status = "active";
                known.DueDate = @case.DueDate!.Value;
                known.DueDateProvisional = @case.DueDateProvisional;
                known.RaisedDate = today;
                known.ClearedDate = null;
                known.Trail.Add(new WarningAudit(now, "system", "raised", "按重新计算的办结期限再次预警"));
                db.AddEvent(new WarningRaised(known.Id, @case.CaseNo, known.DepartmentCode, level, known.DueDate, now,
                    known.DueDateProvisional));
                raised++;
                continue;
            }
            var raisedWarning = new Warning
            {
                Id = Guid.NewGuid(),
                CaseNo = @case.CaseNo,
                DepartmentCode = @case.DepartmentCode ?? "",
                Level = level,
                DueDate = @case.DueDate!.Value,
                DueDateProvisional = @case.DueDateProvisional,
                RaisedDate = today,
                Status = "active",
                Trail = [new WarningAudit(now, "system", "raised", level == "red" ? "已超过办结期限" : "临近办结期限")],
            };
            db.Warnings.Add(raisedWarning);
            db.AddEvent(new WarningRaised(raisedWarning.Id, @case.CaseNo, raisedWarning.DepartmentCode, level,
                raisedWarning.DueDate, now, raisedWarning.DueDateProvisional));
            raised++;
        }
        return raised;
    }

    /// <summary>
    /// Warnings raised on a provisional due date that the holiday notice has since moved: one whose level no longer
    /// holds is cleared ("redated"), one that still holds follows the real date. Decided warnings are left alone.
    /// </summary>
    static void Redated(IEnumerable<Warning> warnings, SupervisedCase @case, string? level, DateOnly today,
        DateTimeOffset now)
    {
        foreach (var warning in warnings.Where(w => w.Status == "active" && w.DueDateProvisional
            && w.DueDate != @case.DueDate))
        {
            var stillHolds = warning.Level == level || (warning.Level == "yellow" && level == "red");
            warning.DueDate = @case.DueDate!.Value;
            warning.DueDateProvisional = @case.DueDateProvisional;
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
