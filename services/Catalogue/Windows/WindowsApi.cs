using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.Catalogue.Points;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Windows;

/// <summary>The hall's windows: comprehensive windows serve many departments, department windows one.</summary>
public static class WindowsApi
{
    public static RouteGroupBuilder MapWindowsApi(this RouteGroupBuilder api)
    {
        var windows = api.MapGroup("/windows").WithTags("windows");
        windows.MapGet("/", List).AllowAnonymous()
            .WithSummary("列出大厅窗口");
        windows.MapPost("/", Create).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("新增大厅窗口");
        return api;
    }

    static async Task<Ok<List<WindowView>>> List(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok(windows.Select(View).ToList());
    }

    static async Task<Results<Created<WindowView>, ProblemHttpResult>> Create(WindowInput input, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var number = input.Number?.Trim() ?? "";
        var codes = input.DepartmentCodes?.Select(c => c?.Trim() ?? "").Distinct().ToList() ?? [];
        var errors = new List<FieldError>();
        if (!CatalogueCodes.IsValid(number, 16))
        {
            errors.Add(new("number", "窗口号必填，最长 16 位，只能由英文字母、数字、“-”和“_”组成。"));
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors.Add(new("name", "窗口名称必填，最长 100 字。"));
        }
        if (input.Kind is null)
        {
            errors.Add(new("kind", "窗口类型必填：comprehensive（综合窗口）或 department（专业窗口）。"));
        }
        if (codes.Count == 0)
        {
            errors.Add(new("departmentCodes", "至少服务一个部门。"));
        }
        if (codes.Remove(""))
        {
            errors.Add(new("departmentCodes", "部门编码不能为空。"));
        }
        if (input.Kind == WindowKind.Department && codes.Count > 1)
        {
            errors.Add(new("departmentCodes", "专业窗口只服务一个部门。"));
        }
        var known = await db.Departments.Where(d => codes.Contains(d.Code)).Select(d => d.Code)
            .ToListAsync(cancellationToken);
        foreach (var unknown in codes.Except(known))
        {
            errors.Add(new("departmentCodes", $"部门 {unknown} 未登记。"));
        }
        var point = await WindowPoint.ResolveAsync(db, input.PointCode, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Windows.AnyAsync(w => w.Number == number, cancellationToken))
        {
            return Problems.Conflict("window-exists", $"窗口号 {number} 已存在。");
        }
        var window = new ServiceWindow
        {
            Number = number,
            Name = input.Name!.Trim(),
            Kind = input.Kind!.Value,
            DepartmentCodes = codes,
            PointCode = point?.Code,
        };
        db.Windows.Add(window);
        if (point is not null)
        {
            await ServicePointEvents.PublishAsync(db, point, DateTimeOffset.UtcNow, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalogue/windows/{number}", View(window));
    }

    static WindowView View(ServiceWindow window) =>
        new(window.Number, window.Name, window.Kind, window.DepartmentCodes, window.PointCode);
}
