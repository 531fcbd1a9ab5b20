using Platform.Contracts.Approval;

namespace Platform.Supervision.Approval;

/// <summary>Open tasks' due dates as approval recomputed them (after a stop, or a calendar change).</summary>
public static class ApprovalDueDates
{
    public static async Task ApplyAsync(ApprovalReadModel model, IEnumerable<ApprovalTaskDueDate> dueDates,
        CancellationToken cancellationToken)
    {
        foreach (var due in dueDates)
        {
            var task = await model.TaskAsync(due.TaskNo, cancellationToken);
            task.DepartmentCode ??= due.DepartmentCode;
            task.DueDate = due.DueDate;
            task.DueDateProvisional = due.Provisional;
        }
    }
}
