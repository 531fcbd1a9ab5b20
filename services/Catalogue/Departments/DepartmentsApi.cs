using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Departments;

public static class DepartmentsApi
{
    public static RouteGroupBuilder MapDepartmentsApi(this RouteGroupBuilder api)
    {
        var departments = api.MapGroup("/departments").WithTags("departments");
        departments.MapGet("/", List).AllowAnonymous()
            .WithSummary("列出部门");
        departments.MapPost("/", Register).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("登记部门");
        return api;
    }

    static async Task<Ok<List<DepartmentView>>> List(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.PublishedMatters.GroupBy(m => m.Elements.DepartmentCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(departments
            .Select(d => new DepartmentView(d.Code, d.Name, counts.GetValueOrDefault(d.Code))).ToList());
    }

    static async Task<Results<Created<DepartmentView>, ProblemHttpResult>> Register(DepartmentInput input,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var (code, name) = (input.Code?.Trim() ?? "", input.Name?.Trim() ?? "");
        var errors = new List<FieldError>();
        if (!CatalogueCodes.IsValid(code, 64))
        {
            errors.Add(new("code", "部门编码必填，最长 64 位，只能由英文字母、数字、“-”和“_”组成。"));
        }
        if (name.Length is 0 or > 100)
        {
            errors.Add(new("name", "部门名称必填，最长 100 字。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var registry = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        if (registry.Find(code) is { } existing)
        {
            return Problems.Conflict("department-exists", $"部门编码 {code} 已登记为“{existing.Name}”。");
        }
        registry.Ensure(code, name, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalogue/departments/{code}", new DepartmentView(code, name, 0));
    }
}
