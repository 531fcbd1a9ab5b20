using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Points;

/// <summary>
/// The service network (county hall, town 便民服务中心, village 代办点): public to read, registered and kept by the
/// catalogue administrators; every change is published for intake and supervision.
/// </summary>
public static class ServicePointsApi
{
    public static RouteGroupBuilder MapServicePointsApi(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points").WithTags("points");
        points.MapGet("/", List).AllowAnonymous()
            .WithSummary("列出服务网点（县级大厅、乡镇和村级代办点）");
        points.MapGet("/{code}", Get).AllowAnonymous()
            .WithSummary("查看服务网点详情");
        points.MapPost("/", Register).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("登记服务网点");
        points.MapPut("/{code}", Change).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("修改服务网点");
        return api;
    }

    static async Task<Results<Ok<List<ServicePointView>>, ProblemHttpResult>> List(CatalogueDbContext db,
        string? level, CancellationToken cancellationToken)
    {
        var wanted = PointLevels.Parse(level);
        if (level is not null && wanted is null)
        {
            return Problems.Invalid([new("level", $"网点层级应为 {PointLevels.Describe}。")]);
        }
        var query = db.ServicePoints.AsNoTracking();
        if (wanted is not null)
        {
            query = query.Where(p => p.Level == wanted);
        }
        var points = await query.ToListAsync(cancellationToken);
        var windows = await PointWindows.NumbersAsync(db, null, cancellationToken);
        return TypedResults.Ok(points
            .OrderBy(p => PointLevels.Rank(p.Level)).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => ServicePointView.Of(p, windows.GetValueOrDefault(p.Code, []))).ToList());
    }

    static async Task<Results<Ok<ServicePointView>, ProblemHttpResult>> Get(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var point = await db.ServicePoints.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (point is null)
        {
            return NotFound(code);
        }
        var windows = await PointWindows.NumbersAsync(db, code, cancellationToken);
        return TypedResults.Ok(ServicePointView.Of(point, windows.GetValueOrDefault(code, [])));
    }

    static async Task<Results<Created<ServicePointView>, ProblemHttpResult>> Register(ServicePointInput input,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var code = input.Code?.Trim() ?? "";
        var level = PointLevels.Parse(input.Level);
        var parentCode = Trimmed(input.ParentCode);
        var errors = ServicePointRules.CheckNew(code, level, input);
        if (level is not null
            && await ServicePointRules.CheckParentAsync(db, level, parentCode, cancellationToken) is { } parentError)
        {
            errors.Add(parentError);
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (await db.ServicePoints.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            is { } existing)
        {
            return Problems.Conflict("point-exists", $"网点编码 {code} 已登记为“{existing.Name}”。");
        }
        if (level == PointLevels.County
            && await db.ServicePoints.AsNoTracking().FirstOrDefaultAsync(p => p.Level == PointLevels.County,
                cancellationToken) is { } county)
        {
            return Problems.Conflict("county-point-exists",
                $"县级网点只能有一个，已登记 {county.Code}（{county.Name}）；请修改它，或把新网点登记为镇级或村级。");
        }

        var now = DateTimeOffset.UtcNow;
        var point = new ServicePoint
        {
            Code = code,
            Name = input.Name!.Trim(),
            Level = level!,
            ParentCode = parentCode,
            Address = Trimmed(input.Address),
            Hours = Trimmed(input.Hours),
            Phone = Trimmed(input.Phone),
            UpdatedAt = now,
        };
        db.ServicePoints.Add(point);
        if (level == PointLevels.County)
        {
            await PointWindows.AdoptUnassignedAsync(db, code, cancellationToken);
        }
        await ServicePointEvents.PublishAsync(db, point, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var windows = await PointWindows.NumbersAsync(db, code, cancellationToken);
        return TypedResults.Created($"/api/catalogue/points/{code}",
            ServicePointView.Of(point, windows.GetValueOrDefault(code, [])));
    }

    static async Task<Results<Ok<ServicePointView>, ProblemHttpResult>> Change(string code, ServicePointChange change,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        ServicePointRules.CheckDetails(errors, change.Name, change.Address, change.Hours, change.Phone);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var point = await db.ServicePoints.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (point is null)
        {
            return NotFound(code);
        }
        var now = DateTimeOffset.UtcNow;
        point.Name = change.Name!.Trim();
        point.Address = Trimmed(change.Address);
        point.Hours = Trimmed(change.Hours);
        point.Phone = Trimmed(change.Phone);
        point.UpdatedAt = now;
        await ServicePointEvents.PublishAsync(db, point, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var windows = await PointWindows.NumbersAsync(db, code, cancellationToken);
        return TypedResults.Ok(ServicePointView.Of(point, windows.GetValueOrDefault(code, [])));
    }

    static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static ProblemHttpResult NotFound(string code) =>
        Problems.NotFound("point-not-found", $"没有编码为 {code} 的服务网点。");
}
