namespace Platform.Approval.Stages;

/// <summary>The one standing application a project may have of a stage (see StageApplication.ActiveSlot).</summary>
public static class StageSlots
{
    public static string Of(string projectCode, int stage) => $"{projectCode}:{stage}";
}
