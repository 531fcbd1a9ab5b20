using Platform.Approval.Stages;

namespace Platform.Approval.Demo;

/// <summary>
/// The demo hall's configuration of the four stages: lead department, the catalogue matters that take part (codes of
/// the demo catalogue), and the materials that may be accepted missing against a promise (容缺受理).
/// </summary>
static class DemoStageDefinitions
{
    public static readonly IReadOnlyList<(int Stage, string Lead, string[] Matters, string[] Deferrable)> All =
    [
        (1, "ZRZYJ", ["FGJ-01-001", "ZRZYJ-01-001", "SJJ-01-002"], ["用地范围图"]),
        (2, "ZRZYJ", ["ZRZYJ-01-003", "RFB-01-001", "QXJ-01-002", "ZJJ-01-006", "SLJ-01-002"], ["土地权属证明"]),
        (3, "ZJJ", ["ZJJ-01-001"], ["质量安全监督手续"]),
        (4, "ZJJ", ["ZJJ-01-007", "ZRZYJ-01-008", "QXJ-01-003"], ["检测报告"]),
    ];

    public static IEnumerable<string> MatterCodes => All.SelectMany(d => d.Matters).Distinct();

    public static IEnumerable<StageDefinition> Create(DateTimeOffset now) => All.Select(d => new StageDefinition
    {
        Stage = d.Stage,
        LeadDepartmentCode = d.Lead,
        MatterCodes = [.. d.Matters],
        Deferrable = [.. d.Deferrable],
        UpdatedAt = now,
    });
}
