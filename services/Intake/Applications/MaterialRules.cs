using Platform.Intake.Catalogue;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>The checks of the window's material list against the matter's, each problem named.</summary>
static class MaterialRules
{
    static readonly string[] Statuses = ["present", "missing", "defective"];

    public static List<FieldError> Check(LocalMatter matter, IReadOnlyList<MaterialCheck>? given)
    {
        var errors = new List<FieldError>();
        var checks = given ?? [];
        foreach (var check in checks.Where(c => !Statuses.Contains(c.Status)))
        {
            errors.Add(new("materials",
                $"材料“{check.Name}”的状态应为 present（齐全）、missing（缺失）或 defective（不符合要求）。"));
        }
        foreach (var unknown in checks.Select(c => c.Name).Except(matter.Materials.Select(m => m.Name)))
        {
            errors.Add(new("materials", $"“{unknown}”不在事项 {matter.Code} 的材料清单中。"));
        }
        foreach (var duplicate in checks.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new("materials", $"材料“{duplicate.Key}”出现了多次。"));
        }
        foreach (var unchecked_ in matter.Materials.Select(m => m.Name).Except(checks.Select(c => c.Name)))
        {
            errors.Add(new("materials", $"请核验材料“{unchecked_}”（齐全、缺失或不符合要求）。"));
        }
        return errors;
    }

    /// <summary>Required materials the window marked missing or defective: what a one-time notice must name.</summary>
    public static List<string> Lacking(LocalMatter matter, IReadOnlyList<MaterialCheck> checks) =>
        matter.Materials.Where(m => m.Required)
            .Where(m => checks.Any(c => c.Name == m.Name && c.Status != "present"))
            .Select(m => m.Name).ToList();
}
