namespace Platform.Approval.Stages;

/// <summary>The four stages of 工程建设项目审批, in order.</summary>
public static class StageNames
{
    public static readonly IReadOnlyList<string> All = ["立项用地规划许可", "工程建设许可", "施工许可", "竣工验收"];

    public static bool IsStage(int stage) => stage is >= 1 and <= 4;

    public static string Of(int stage) => All[stage - 1];
}
