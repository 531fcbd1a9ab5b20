using System.Text.RegularExpressions;
using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Matters;

/// <summary>The rules a matter must satisfy before it is stored (DESIGN §6), each broken rule named.</summary>
public static partial class MatterRules
{
    public const int MaxLimitDays = 365;

    public static List<FieldError> Check(string code, MatterElements elements)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64 || !CodePattern().IsMatch(code))
        {
            errors.Add(new("code", "事项编码必填，最长 64 位，只能包含字母、数字、短横线和下划线。"));
        }
        Required(errors, "name", elements.Name, 200);
        Required(errors, "departmentCode", elements.DepartmentCode, 64);
        Required(errors, "departmentName", elements.DepartmentName, 100);
        if (!MatterTypes.IsKnown(elements.TypeCode))
        {
            errors.Add(new("type", $"事项类型“{elements.TypeCode}”不在代码表中，应为：{MatterTypes.Describe()}。"));
        }
        if (elements.StatutoryLimitDays is < 0 or > MaxLimitDays)
        {
            errors.Add(new("statutoryLimitDays", $"法定办结时限应为 0 到 {MaxLimitDays} 个工作日，或留空表示无法定时限。"));
        }
        if (elements.PromisedLimitDays is < 0 or > MaxLimitDays)
        {
            errors.Add(new("promisedLimitDays", $"承诺办结时限应为 0 到 {MaxLimitDays} 个工作日。"));
        }
        else if (elements.StatutoryLimitDays is { } statutory && elements.PromisedLimitDays > statutory)
        {
            errors.Add(new("promisedLimitDays", $"承诺时限 {elements.PromisedLimitDays} 日不得超过法定时限 {statutory} 日。"));
        }
        if (elements.HandlingKind == HandlingKind.Instant && elements.PromisedLimitDays != 0)
        {
            errors.Add(new("promisedLimitDays", "即办件的承诺时限必须为 0。"));
        }
        if (elements.HandlingKind == HandlingKind.Promised && elements.PromisedLimitDays == 0)
        {
            errors.Add(new("promisedLimitDays", "承诺件的承诺时限至少为 1 个工作日；当场办结的事项请设为即办件。"));
        }
        if (elements.OnSiteVisits is < 0 or > 10)
        {
            errors.Add(new("onSiteVisits", "到办事现场次数应为 0 到 10。"));
        }
        if (elements.OnlineDepth is < 1 or > 4)
        {
            errors.Add(new("onlineDepth", "网上办理深度应为 1 到 4 级，或留空。"));
        }
        if (elements.Fee is < 0)
        {
            errors.Add(new("fee", "收费金额不能为负数。"));
        }
        foreach (var level in elements.IntakeLevels.Where(l => !Points.PointLevels.Ordered.Contains(l)))
        {
            errors.Add(new("intakeLevels", $"办理层级“{level}”无法识别，应为 {Points.PointLevels.Describe}。"));
        }
        foreach (var (material, index) in elements.Materials.Select((m, i) => (m, i)))
        {
            if (material is null || string.IsNullOrWhiteSpace(material.Name) || material.Copies is < 1 or > 20
                || material.Form is not ("original" or "copy") || material.Medium is not ("paper" or "electronic"))
            {
                errors.Add(new($"materials[{index}]",
                    "材料需有名称，份数 1 到 20，形式为 original（原件）或 copy（复印件），载体为 paper（纸质）或 electronic（电子）。"));
            }
        }
        return errors;
    }

    static void Required(List<FieldError> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            errors.Add(new(field, $"必填，最长 {maxLength} 个字符。"));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CodePattern();
}
