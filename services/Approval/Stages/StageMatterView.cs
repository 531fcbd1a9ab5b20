namespace Platform.Approval.Stages;

public sealed record StageMatterView(string Code, string Name, string DepartmentCode, string DepartmentName,
    int? StatutoryLimitDays, int PromisedLimitDays);
