using Platform.Contracts.Catalogue;

namespace Platform.Approval.Stages;

/// <summary>A stage's configuration with its matters' names and limits and the material list it checks.</summary>
public sealed record StageDefinitionView(int Stage, string Name, string LeadDepartmentCode,
    IReadOnlyList<StageMatterView> Matters, IReadOnlyList<MatterMaterial> Materials, IReadOnlyList<string> Deferrable,
    int DeferredWorkingDays, IReadOnlyList<string> Unavailable)
{
    public static StageDefinitionView Of(StagePlan plan) => new(plan.Definition.Stage,
        StageNames.Of(plan.Definition.Stage), plan.Definition.LeadDepartmentCode,
        plan.Matters.Select(m => new StageMatterView(m.Code, m.Name, m.DepartmentCode, m.DepartmentName,
            m.StatutoryLimitDays, m.PromisedLimitDays)).ToList(),
        plan.Materials, plan.Definition.Deferrable, plan.Definition.DeferredWorkingDays, plan.Unavailable);
}
