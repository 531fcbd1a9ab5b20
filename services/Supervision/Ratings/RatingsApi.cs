using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Ratings;

/// <summary>
/// 好差评 follow-up: good rate by department or window (goodRate = ratings ≥ 4 / ratings), and rectification items.
/// </summary>
public static class RatingsApi
{
    public static RouteGroupBuilder MapRatingsApi(this RouteGroupBuilder api)
    {
        var ratings = api.MapGroup("").WithTags("ratings").RequireAuthorization(Roles.Supervisor);
        ratings.MapGet("/ratings/{dimension}", GoodRates)
            .WithSummary("按部门或窗口查看好评率");
        ratings.MapGet("/rectifications", List)
            .WithSummary("列出差评整改事项");
        ratings.MapPost("/rectifications/{id:guid}/close", Close)
            .WithSummary("办结差评整改事项");
        return api;
    }

    static async Task<Results<Ok<List<RatingRow>>, ProblemHttpResult>> GoodRates(string dimension, string? from,
        string? to, SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (dimension is not ("departments" or "windows"))
        {
            return Problems.NotFound("unknown-dimension", "维度应为 departments（部门）或 windows（窗口）。");
        }
        return TypedResults.Ok(await GoodRatesAsync(db, start, end, dimension == "windows", cancellationToken));
    }

    internal static async Task<List<RatingRow>> GoodRatesAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        bool byWindow, CancellationToken cancellationToken)
    {
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.RatedDate >= start && c.RatedDate <= end && c.Rating != null)
            .GroupBy(c => byWindow ? c.WindowNo : c.DepartmentCode)
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Good = g.Count(c => c.Rating >= 4),
                Bad = g.Count(c => c.Rating <= 2),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new RatingRow(r.Key ?? "", r.Count, r.Good, r.Bad,
                r.Count == 0 ? null : (double)r.Good / r.Count))
            .OrderByDescending(r => r.GoodRate).ThenBy(r => r.Key).ToList();
    }

    static async Task<Results<Ok<List<RectificationView>>, ProblemHttpResult>> List(string? status, string? department,
        SupervisionDbContext db, SupervisionCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        if (status is not (null or "open" or "closed" or "overdue"))
        {
            return Problems.Invalid([new("status", "状态应为 open（整改中）、closed（已整改）或 overdue（逾期未整改）。")]);
        }
        var query = db.Rectifications.AsNoTracking();
        if (department is not null)
        {
            query = query.Where(r => r.DepartmentCode == department);
        }
        if (status is "open" or "overdue")
        {
            query = query.Where(r => r.ClosedDate == null);
        }
        if (status == "closed")
        {
            query = query.Where(r => r.ClosedDate != null);
        }
        var today = HallTime.DateOf(clock.Now);
        var items = (await query.OrderBy(r => r.DeadlineDate).ThenBy(r => r.CaseNo).ToListAsync(cancellationToken))
            .Select(r => View(r, RectificationDeadline.IsOverdue(r, today, calendar.Current)))
            .Where(v => status != "overdue" || v.Status == "overdue").ToList();
        return TypedResults.Ok(items);
    }

    static async Task<Results<Ok<RectificationView>, ProblemHttpResult>> Close(Guid id, CloseRequest request,
        ClaimsPrincipal user, SupervisionDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Resolution) || request.Resolution.Length > 1000)
        {
            return Problems.Invalid([new("resolution", "请写明整改情况（最长 1000 字）。")]);
        }
        var item = await db.Rectifications.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (item is null)
        {
            return Problems.NotFound("rectification-not-found", "没有这条整改事项。");
        }
        if (item.ClosedDate is not null)
        {
            return Problems.Conflict("rectification-closed", "这条整改事项已经办结。");
        }
        item.ClosedDate = HallTime.DateOf(clock.Now);
        item.Resolution = request.Resolution.Trim();
        item.ClosedBy = user.FindFirst("sub")?.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(item, overdue: false));
    }

    static RectificationView View(Rectification r, bool overdue) => new(r.Id, r.CaseNo, r.DepartmentCode, r.WindowNo,
        r.Score, r.Category, r.Comment, r.OpenedDate, r.DeadlineDate,
        r.ClosedDate is not null ? "closed" : overdue ? "overdue" : "open", r.ClosedDate, r.Resolution,
        r.DeadlineProvisional);
}
