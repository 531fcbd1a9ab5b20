using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// 电子监察: the warning list, a department's appeal (申诉) and the supervisor's decision, with an audit trail.
/// </summary>
public static class WarningsApi
{
    public static RouteGroupBuilder MapWarningsApi(this RouteGroupBuilder api)
    {
        var warnings = api.MapGroup("/warnings").WithTags("warnings");
        warnings.MapGet("/", List).RequireAuthorization(Roles.Supervisor)
            .WithSummary("列出电子监察预警");
        warnings.MapPost("/evaluate", Evaluate).RequireAuthorization(Roles.Supervisor)
            .WithSummary("立即评估电子监察预警");
        warnings.MapPost("/{id:guid}/appeal", Appeal).RequireAuthorization(Roles.Approver)
            .WithSummary("部门对预警提出申诉");
        warnings.MapPost("/{id:guid}/decide", Decide).RequireAuthorization(Roles.Supervisor)
            .WithSummary("对预警申诉作出处理决定");
        return api;
    }

    static async Task<Results<Ok<List<Warning>>, ProblemHttpResult>> List(string? level, string? status,
        string? department, SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (level is not (null or "yellow" or "red")
            || status is not (null or "active" or "cleared" or "appealed" or "upheld" or "revoked"))
        {
            return Problems.Invalid(
                [new("level", "level 为 yellow 或 red；status 为 active、cleared、appealed、upheld 或 revoked。")]);
        }
        var query = db.Warnings.AsNoTracking();
        if (level is not null)
        {
            query = query.Where(w => w.Level == level);
        }
        if (status is not null)
        {
            query = query.Where(w => w.Status == status);
        }
        if (department is not null)
        {
            query = query.Where(w => w.DepartmentCode == department);
        }
        return TypedResults.Ok(await query.OrderBy(w => w.DueDate).ThenBy(w => w.CaseNo).ThenBy(w => w.Level)
            .ToListAsync(cancellationToken));
    }

    /// <summary>Runs the evaluation now (it also runs every Supervision:Warnings:Interval).</summary>
    static async Task<Ok<EvaluationResult>> Evaluate(SupervisionDbContext db, SupervisionCalendar calendar,
        HallClock clock, IOptions<WarningOptions> options, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var raised = await WarningRules.EvaluateAsync(db, await WarningClocks.AllAsync(db, cancellationToken),
                    clock.Now, calendar.Current, options.Value, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(new EvaluationResult(raised));
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The evaluation on an event's arrival (or the clock) judged the same case at the same moment and
                // stored its warning first: judge again from what is committed, which finds it there.
                db.ChangeTracker.Clear();
            }
        }
    }

    static Task<Results<Ok<Warning>, ProblemHttpResult>> Appeal(Guid id, AppealRequest request, ClaimsPrincipal user,
        SupervisionDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, cancellationToken, warning =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                return Problems.Invalid([new("reason", "请写明申诉理由。")]);
            }
            if (!user.IsInRole(Roles.Admin) && user.Department() != warning.DepartmentCode)
            {
                return Problems.Of(StatusCodes.Status403Forbidden, "other-department", "只能对本部门办件的预警提出申诉。");
            }
            if (warning.Status != "active")
            {
                return Problems.Conflict("not-active", "只有生效中的预警可以申诉。");
            }
            warning.Status = "appealed";
            warning.Trail.Add(new WarningAudit(clock.Now, user.FindFirst("sub")?.Value ?? "", "appealed",
                request.Reason.Trim()));
            return null;
        });

    static Task<Results<Ok<Warning>, ProblemHttpResult>> Decide(Guid id, DecisionRequest request, ClaimsPrincipal user,
        SupervisionDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(id, db, cancellationToken, warning =>
        {
            if (request.Outcome is not ("upheld" or "revoked"))
            {
                return Problems.Invalid([new("outcome", "裁决应为 upheld（维持预警）或 revoked（撤销预警）。")]);
            }
            if (warning.Status != "appealed")
            {
                return Problems.Conflict("not-appealed", "只有申诉中的预警可以裁决。");
            }
            warning.Status = request.Outcome;
            warning.Trail.Add(new WarningAudit(clock.Now, user.FindFirst("sub")?.Value ?? "", request.Outcome,
                request.Note?.Trim()));
            return null;
        });

    static async Task<Results<Ok<Warning>, ProblemHttpResult>> Change(Guid id, SupervisionDbContext db,
        CancellationToken cancellationToken, Func<Warning, ProblemHttpResult?> apply)
    {
        var warning = await db.Warnings.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (warning is null)
        {
            return Problems.NotFound("warning-not-found", "没有这条预警。");
        }
        if (apply(warning) is { } problem)
        {
            return problem;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(warning);
    }
}
