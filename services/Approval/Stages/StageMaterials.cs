using Platform.ServiceDefaults.Http;

namespace Platform.Approval.Stages;

/// <summary>Checks of a material list against the stage's, each problem named; what is lacking.</summary>
static class StageMaterials
{
    static readonly string[] Statuses = ["present", "missing", "defective"];

    public static List<FieldError> Check(StagePlan plan, IReadOnlyList<MaterialCheck>? given)
    {
        var errors = new List<FieldError>();
        var checks = given ?? [];
        if (checks.Count > 200)
        {
            return [new("materials", "材料最多 200 项。")];
        }
        foreach (var check in checks.Where(c => !Statuses.Contains(c.Status)))
        {
            errors.Add(new("materials",
                $"材料“{check.Name}”的状态应为 present（齐全）、missing（缺失）或 defective（不符合要求）。"));
        }
        var names = plan.Materials.Select(m => m.Name).ToList();
        foreach (var unknown in checks.Select(c => c.Name).Except(names))
        {
            errors.Add(new("materials", $"“{unknown}”不在第 {plan.Definition.Stage} 阶段的材料清单中。"));
        }
        foreach (var duplicate in checks.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new("materials", $"材料“{duplicate.Key}”出现了多次。"));
        }
        foreach (var missing in names.Except(checks.Select(c => c.Name)))
        {
            errors.Add(new("materials", $"请核验材料“{missing}”（齐全、缺失或不符合要求）。"));
        }
        return errors;
    }

    /// <summary>Required materials marked missing or defective.</summary>
    public static List<string> Lacking(StagePlan plan, IReadOnlyList<MaterialCheck> checks) =>
        plan.Materials.Where(m => m.Required)
            .Where(m => checks.Any(c => c.Name == m.Name && c.Status != "present"))
            .Select(m => m.Name).ToList();
}
