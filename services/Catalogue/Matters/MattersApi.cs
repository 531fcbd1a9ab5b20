using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Matters;

/// <summary>
/// The matter catalogue: the public 办事指南 and the administrators' lifecycle draft → published → withdrawn
/// (its steps in <see cref="MatterLifecycle"/>).
/// </summary>
public static class MattersApi
{
    public static RouteGroupBuilder MapMattersApi(this RouteGroupBuilder api)
    {
        var matters = api.MapGroup("/matters").WithTags("matters");
        matters.MapGet("/", Search).AllowAnonymous()
            .WithSummary("检索政务服务事项");
        matters.MapGet("/{code}", GetGuide).AllowAnonymous()
            .WithSummary("查看事项的办事指南");
        matters.MapGet("/{code}/versions", GetVersions).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("查看事项的历史版本");
        matters.MapPost("/", MatterLifecycle.CreateDraft).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("新建事项草稿");
        matters.MapPost("/{code}/publish", MatterLifecycle.Publish).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("发布事项");
        matters.MapPost("/{code}/suspend",
                (string code, WithdrawRequest request, CatalogueDbContext db, CancellationToken ct) =>
                    MatterLifecycle.Withdraw(code, request, MatterStatus.Suspended, db, ct))
            .RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("暂停事项");
        matters.MapPost("/{code}/cancel",
                (string code, WithdrawRequest request, CatalogueDbContext db, CancellationToken ct) =>
                    MatterLifecycle.Withdraw(code, request, MatterStatus.Cancelled, db, ct))
            .RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("取消事项");
        return api;
    }

    static async Task<Results<Ok<PageOf<MatterSummary>>, ProblemHttpResult>> Search(CatalogueDbContext db,
        string? keyword, string? department, string? type, string? handlingKind, string? level, int? page,
        int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        if (type is not null && !MatterTypes.IsKnown(type))
        {
            return Problems.Invalid([new("type", $"事项类型应为：{MatterTypes.Describe()}。")]);
        }
        HandlingKind? kind = handlingKind switch
        {
            null => null,
            "instant" => HandlingKind.Instant,
            "promised" => HandlingKind.Promised,
            _ => (HandlingKind)(-1),
        };
        if (kind == (HandlingKind)(-1))
        {
            return Problems.Invalid([new("handlingKind", "应为 instant（即办件）或 promised（承诺件）。")]);
        }

        var intakeLevel = Points.PointLevels.Parse(level);
        if (level is not null && intakeLevel is null)
        {
            return Problems.Invalid([new("level", $"办理层级应为 {Points.PointLevels.Describe}。")]);
        }

        var query = db.PublishedMatters;
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var term = keyword.Trim();
            query = query.Where(m => m.Elements.Name.Contains(term) || m.Code.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(department))
        {
            query = query.Where(m => m.Elements.DepartmentCode == department);
        }
        if (type is not null)
        {
            query = query.Where(m => m.Elements.TypeCode == type);
        }
        if (kind is not null)
        {
            query = query.Where(m => m.Elements.HandlingKind == kind);
        }

        var ordered = query.OrderBy(m => m.Elements.DepartmentCode).ThenBy(m => m.Code);
        var (items, total) = intakeLevel is null or Points.PointLevels.County
            ? (await Summaries(ordered.Skip((pageNumber - 1) * size).Take(size)).ToListAsync(cancellationToken),
                await query.CountAsync(cancellationToken))
            : await AtLevelAsync(Summaries(ordered), intakeLevel, pageNumber, size, cancellationToken);
        var named = items.Select(item => item with { TypeName = MatterTypes.Names[item.Type] }).ToList();
        return TypedResults.Ok(new PageOf<MatterSummary>(named, pageNumber, size, total));
    }

    /// <summary>
    /// The 镇村代办项目目录 of a level. The levels are one JSON column that SQL cannot look into, so the published
    /// catalogue (a county's few hundred matters) is filtered here.
    /// </summary>
    static async Task<(List<MatterSummary> Items, int Total)> AtLevelAsync(IQueryable<MatterSummary> summaries,
        string level, int pageNumber, int size, CancellationToken cancellationToken)
    {
        var atLevel = (await summaries.ToListAsync(cancellationToken)).Where(s => s.IntakeLevels.Contains(level))
            .ToList();
        return (atLevel.Skip((pageNumber - 1) * size).Take(size).ToList(), atLevel.Count);
    }

    static IQueryable<MatterSummary> Summaries(IQueryable<Matter> matters) =>
        matters.Select(m => new MatterSummary(m.Code, m.Elements.Name, m.Elements.TypeCode, "",
            m.Elements.DepartmentCode, m.Elements.DepartmentName, m.Elements.HandlingKind,
            m.Elements.StatutoryLimitDays, m.Elements.PromisedLimitDays, m.Elements.OnSiteVisits,
            m.Elements.IntakeLevels));

    static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> GetGuide(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var matter = await db.PublishedMatters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        return matter is null ? NotPublished(code) : TypedResults.Ok(MatterGuide.Of(matter));
    }

    static async Task<Results<Ok<List<MatterGuide>>, ProblemHttpResult>> GetVersions(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var versions = await db.Matters.AsNoTracking().Where(m => m.Code == code).OrderBy(m => m.Version)
            .ToListAsync(cancellationToken);
        return versions.Count == 0
            ? Problems.NotFound("matter-not-found", $"没有编码为 {code} 的事项。")
            : TypedResults.Ok(versions.Select(MatterGuide.Of).ToList());
    }

    internal static ProblemHttpResult NotPublished(string code) =>
        Problems.NotFound("matter-not-published", $"没有编码为 {code} 的已发布事项。");
}
