using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Points;

/// <summary>
/// What a service point must satisfy: its own fields, and its place in the hierarchy (one county hall without a
/// parent; a town under the county hall; a village under a town).
/// </summary>
static class ServicePointRules
{
    public const int MaxCodeLength = 32;

    public static void CheckDetails(List<FieldError> errors, string? name, string? address, string? hours,
        string? phone)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors.Add(new("name", "网点名称必填，最长 100 字。"));
        }
        if (address?.Trim().Length > 200)
        {
            errors.Add(new("address", "地址最长 200 字。"));
        }
        if (hours?.Trim().Length > 200)
        {
            errors.Add(new("hours", "办公时间最长 200 字。"));
        }
        if (phone?.Trim().Length > 50)
        {
            errors.Add(new("phone", "联系电话最长 50 个字符。"));
        }
    }

    public static List<FieldError> CheckNew(string code, string? level, ServicePointInput input)
    {
        var errors = new List<FieldError>();
        if (!CatalogueCodes.IsValid(code, MaxCodeLength))
        {
            errors.Add(new("code", $"网点编码必填，最长 {MaxCodeLength} 位，只能由英文字母、数字、“-”和“_”组成。"));
        }
        if (level is null)
        {
            errors.Add(new("level", $"网点层级必填，应为 {PointLevels.Describe}。"));
        }
        CheckDetails(errors, input.Name, input.Address, input.Hours, input.Phone);
        return errors;
    }

    /// <summary>The parent a point of that level needs, or the error that says why the given one will not do.</summary>
    public static async Task<FieldError?> CheckParentAsync(CatalogueDbContext db, string level, string? parentCode,
        CancellationToken cancellationToken)
    {
        if (level == PointLevels.County)
        {
            return parentCode is null ? null : new("parentCode", "县级网点（县政务服务中心）是网络的顶层，不能有上级网点。");
        }
        var (wanted, rule) = level == PointLevels.Town
            ? (PointLevels.County, "镇级网点的上级必须是县级网点（县政务服务中心）。")
            : (PointLevels.Town, "村级网点的上级必须是一个镇级网点（便民服务中心）。");
        if (parentCode is null)
        {
            return new("parentCode", rule);
        }
        var parent = await db.ServicePoints.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Code == parentCode, cancellationToken);
        if (parent is null)
        {
            return new("parentCode", $"上级网点 {parentCode} 不存在。{rule}");
        }
        return parent.Level == wanted ? null
            : new("parentCode", $"{rule}{parent.Code}（{parent.Name}）是{PointLevels.Labels[parent.Level]}网点。");
    }
}
