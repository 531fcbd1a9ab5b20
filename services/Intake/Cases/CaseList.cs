using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// GET /api/intake/cases: the approver's to-do list (their department's cases only), the window's cases (only with
/// window=), and every case for supervisors and administrators (department= optional).
/// </summary>
static class CaseList
{
    public static async Task<Results<Ok<PageOf<CaseListItem>>, ProblemHttpResult>> List(string? status,
        string? window, string? department, string? acceptedFrom, string? acceptedTo, string? sort, int? page,
        int? pageSize, ClaimsPrincipal user, IntakeDbContext db, IntakeCalendar calendar, HallClock clock,
        IOptions<CaseWarningOptions> warnings, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        if (CaseListQuery.Read(status, window, department, acceptedFrom, acceptedTo, sort, out var errors)
            is not { } query)
        {
            return Problems.Invalid(errors);
        }
        if (Scope(user, query) is { } refused)
        {
            return refused;
        }
        var cases = Filtered(db.Cases.AsNoTracking(), query, ScopeDepartment(user, query));
        var total = await cases.CountAsync(cancellationToken);
        var rows = await Sorted(cases, query.Sort).Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var codes = rows.Select(c => c.DepartmentCode).Distinct().ToList();
        var names = (await db.Matters.AsNoTracking().Where(m => codes.Contains(m.DepartmentCode))
                .Select(m => new { m.DepartmentCode, m.DepartmentName }).Distinct().ToListAsync(cancellationToken))
            .DistinctBy(m => m.DepartmentCode).ToDictionary(m => m.DepartmentCode, m => m.DepartmentName);
        var today = HallTime.DateOf(clock.Now);
        var items = rows.Select(c => Item(c, names.GetValueOrDefault(c.DepartmentCode), today, calendar.Current,
            warnings.Value.Rule)).ToList();
        return TypedResults.Ok(new PageOf<CaseListItem>(items, pageNumber, size, total));
    }

    /// <summary>Who may list what: a 403 for roles that see no cases, a 400 for the window without window=.</summary>
    static ProblemHttpResult? Scope(ClaimsPrincipal user, CaseListQuery query)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Supervisor))
        {
            return null;
        }
        if (user.IsInRole(Roles.Approver))
        {
            var own = user.Department();
            if (own is null)
            {
                return Problems.Of(StatusCodes.Status403Forbidden, "no-department", "您的账户未设所属部门，不能查看部门办件。");
            }
            return query.Department is null || query.Department == own ? null
                : Problems.Of(StatusCodes.Status403Forbidden, "other-department",
                    $"只能查看本部门（{own}）的办件，不能查看 {query.Department} 的办件。");
        }
        if (user.IsInRole(Roles.WindowStaff))
        {
            return query.Window is not null ? null
                : Problems.Invalid([new("window", "窗口人员请以 window 给出窗口号，查看本窗口受理的办件。")]);
        }
        return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "只有窗口人员、审批人员和监察人员可以查看办件列表。");
    }

    /// <summary>An approver sees their department's cases only, whatever they asked for.</summary>
    static string? ScopeDepartment(ClaimsPrincipal user, CaseListQuery query) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Supervisor) || !user.IsInRole(Roles.Approver)
            ? query.Department
            : user.Department();

    static IQueryable<Case> Filtered(IQueryable<Case> cases, CaseListQuery query, string? department)
    {
        cases = query.Status switch
        {
            "open" => cases.Where(c => c.Status != CaseStatus.Completed),
            "accepted" => cases.Where(c => c.Status == CaseStatus.Open),
            "suspended" => cases.Where(c => c.Status == CaseStatus.Suspended),
            "completed" => cases.Where(c => c.Status == CaseStatus.Completed),
            _ => cases,
        };
        if (department is not null)
        {
            cases = cases.Where(c => c.DepartmentCode == department);
        }
        if (query.Window is not null)
        {
            cases = cases.Where(c => c.WindowNo == query.Window);
        }
        if (query.From is { } from)
        {
            cases = cases.Where(c => c.AcceptedDate >= from);
        }
        if (query.To is { } to)
        {
            cases = cases.Where(c => c.AcceptedDate <= to);
        }
        return cases;
    }

    /// <summary>
    /// By dates and case numbers, which SQLite orders too (it cannot order instants): fewest working days left is the
    /// earliest due date, and case numbers run in acceptance order within a day.
    /// </summary>
    static IQueryable<Case> Sorted(IQueryable<Case> cases, string sort) => sort switch
    {
        "daysLeft" => cases.OrderBy(c => c.DueDate).ThenBy(c => c.CaseNo),
        "acceptedAt" => cases.OrderBy(c => c.AcceptedDate).ThenBy(c => c.CaseNo),
        _ => cases.OrderByDescending(c => c.AcceptedDate).ThenByDescending(c => c.CaseNo),
    };

    static CaseListItem Item(Case c, string? departmentName, DateOnly today, WorkingDayCalendar calendar,
        YellowRule rule)
    {
        var completed = c.Status == CaseStatus.Completed;
        var level = completed ? DeadlineLevel.None : Deadlines.Level(calendar, c.AcceptedDate, c.DueDate, today, rule);
        return new CaseListItem(c.CaseNo, c.MatterCode, c.MatterName, c.DepartmentCode, departmentName,
            c.Applicant.MaskedName, c.Status, IntakeLabels.Of(c.Status), c.AcceptedAt, c.DueDate,
            c.DueDateProvisional, completed ? null : calendar.CountWorkingDays(today, c.DueDate).Days,
            level switch
            {
                DeadlineLevel.Red => "red",
                DeadlineLevel.Yellow => "yellow",
                _ => "none",
            },
            c.WindowNo, c.SuspendedSince, c.CompletedAt, c.OnTime);
    }
}
