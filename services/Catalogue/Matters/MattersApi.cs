using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Matters;

/// <summary>The matter catalogue: the public 办事指南 and the administrators' lifecycle draft → published → withdrawn.</summary>
public static class MattersApi
{
    public static RouteGroupBuilder MapMattersApi(this RouteGroupBuilder api)
    {
        var matters = api.MapGroup("/matters").WithTags("matters");
        matters.MapGet("/", Search).AllowAnonymous();
        matters.MapGet("/{code}", GetGuide).AllowAnonymous();
        matters.MapGet("/{code}/versions", GetVersions).RequireAuthorization(Roles.CatalogueAdmin);
        matters.MapPost("/", CreateDraft).RequireAuthorization(Roles.CatalogueAdmin);
        matters.MapPost("/{code}/publish", Publish).RequireAuthorization(Roles.CatalogueAdmin);
        matters.MapPost("/{code}/suspend", (string code, WithdrawRequest request, CatalogueDbContext db, CancellationToken ct) =>
            Withdraw(code, request, MatterStatus.Suspended, db, ct)).RequireAuthorization(Roles.CatalogueAdmin);
        matters.MapPost("/{code}/cancel", (string code, WithdrawRequest request, CatalogueDbContext db, CancellationToken ct) =>
            Withdraw(code, request, MatterStatus.Cancelled, db, ct)).RequireAuthorization(Roles.CatalogueAdmin);
        return api;
    }

    static async Task<Results<Ok<PageOf<MatterSummary>>, ProblemHttpResult>> Search(CatalogueDbContext db,
        string? keyword, string? department, string? type, string? handlingKind, int? page, int? pageSize,
        CancellationToken cancellationToken)
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

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.Elements.DepartmentCode).ThenBy(m => m.Code)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(m => new MatterSummary(m.Code, m.Elements.Name, m.Elements.TypeCode, "", m.Elements.DepartmentCode,
                m.Elements.DepartmentName, m.Elements.HandlingKind, m.Elements.StatutoryLimitDays,
                m.Elements.PromisedLimitDays, m.Elements.OnSiteVisits))
            .ToListAsync(cancellationToken);
        var named = items.Select(item => item with { TypeName = MatterTypes.Names[item.Type] }).ToList();
        return TypedResults.Ok(new PageOf<MatterSummary>(named, pageNumber, size, total));
    }

    static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> GetGuide(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var matter = await db.PublishedMatters.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        return matter is null ? NotPublished(code) : TypedResults.Ok(MatterGuide.Of(matter));
    }

    static async Task<Results<Ok<List<MatterGuide>>, ProblemHttpResult>> GetVersions(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var versions = await db.Matters.AsNoTracking().Where(m => m.Code == code).OrderBy(m => m.Version).ToListAsync(cancellationToken);
        return versions.Count == 0
            ? Problems.NotFound("matter-not-found", $"没有编码为 {code} 的事项。")
            : TypedResults.Ok(versions.Select(MatterGuide.Of).ToList());
    }

    static async Task<Results<Created<MatterGuide>, ProblemHttpResult>> CreateDraft(MatterInput input, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var code = input.Code?.Trim() ?? "";
        var elements = input.ToElements();
        var errors = MatterRules.Check(code, elements);
        var departments = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        if (departments.Find(elements.DepartmentCode) is { } known && known.Name != elements.DepartmentName)
        {
            errors.Add(new("departmentName", $"部门 {known.Code} 已登记为“{known.Name}”。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Matters.AnyAsync(m => m.Code == code && m.Status == MatterStatus.Draft, cancellationToken))
        {
            return Problems.Conflict("draft-exists", $"事项 {code} 已有一个待发布的草稿版本，请先发布或修改它。");
        }

        var now = DateTimeOffset.UtcNow;
        departments.Ensure(elements.DepartmentCode, elements.DepartmentName, now);
        var draft = new Matter
        {
            Code = code,
            Version = await MatterVersions.NextVersionAsync(db, code, cancellationToken),
            Status = MatterStatus.Draft,
            Elements = elements,
            UpdatedAt = now,
        };
        db.Matters.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalogue/matters/{code}/versions", MatterGuide.Of(draft));
    }

    static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> Publish(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var draft = await db.Matters.SingleOrDefaultAsync(m => m.Code == code && m.Status == MatterStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return Problems.Conflict("no-draft", $"事项 {code} 没有待发布的草稿版本。");
        }
        var current = await db.Matters.SingleOrDefaultAsync(m => m.Code == code && m.IsCurrent, cancellationToken);
        MatterVersions.Publish(db, draft, current, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MatterGuide.Of(draft));
    }

    static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> Withdraw(string code, WithdrawRequest request,
        MatterStatus status, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return Problems.Invalid([new("reason", "请填写暂停或取消的原因（最长 500 字）。")]);
        }
        var current = await db.PublishedMatters.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (current is null)
        {
            return NotPublished(code);
        }
        var now = DateTimeOffset.UtcNow;
        current.Status = status;
        current.StatusReason = request.Reason.Trim();
        current.UpdatedAt = now;
        db.AddEvent(new MatterWithdrawn(code, current.Version, status == MatterStatus.Suspended ? "suspended" : "cancelled",
            current.StatusReason, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MatterGuide.Of(current));
    }

    static ProblemHttpResult NotPublished(string code) =>
        Problems.NotFound("matter-not-published", $"没有编码为 {code} 的已发布事项。");
}
