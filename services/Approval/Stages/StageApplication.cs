using Platform.Approval.Projects;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// One stage of a project applied for once (一张表单、一套材料) at the parallel-approval window and checked by the
/// stage's lead department; once accepted it holds the stage's clock (DESIGN §6): the tasks' due dates count from
/// its acceptance, a supplement request stops it for every task, and its figures are fixed when the last task is
/// approved.
/// </summary>
public sealed class StageApplication : IConcurrencyStamped
{
    public required string StageNo { get; set; }
    public required string ProjectCode { get; set; }
    public Project? Project { get; set; }
    public int Stage { get; set; }
    public StageStatus Status { get; set; }

    /// <summary>
    /// "{project}:{stage}" while the application stands (submitted to completed), null once rejected or refused: a
    /// unique index, so two windows submitting the same stage at the same moment cannot both succeed, and two imports
    /// of one file cannot both store a stage.
    /// </summary>
    public string? ActiveSlot { get; set; }
    public required string LeadDepartmentCode { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? RequestHash { get; set; }
    public List<MaterialCheck> Materials { get; set; } = [];
    public List<string> Notice { get; set; } = [];
    public string? RejectionReason { get; set; }
    public string? RejectionBasis { get; set; }

    /// <summary>容缺受理: the non-key materials accepted missing, against the applicant's promise.</summary>
    public List<string> Deferred { get; set; } = [];

    public DateOnly? DeferredDueDate { get; set; }
    public string? DeferredPromise { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public string? CalendarVersion { get; set; }

    /// <summary>The largest promised limit of the tasks (the stage's limit).</summary>
    public int LimitDays { get; set; }

    /// <summary>Σ statutory limits of the tasks' matters: the serial route's working days.</summary>
    public int SerialWorkingDays { get; set; }

    /// <summary>Stopped working days (supplements); imported history brings only the number.</summary>
    public int SuspendedWorkingDays { get; set; }

    public List<StoppedPeriod>? StoppedPeriods { get; set; }
    public DateTimeOffset? StoppedSince { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public int? WorkingDaysUsed { get; set; }
    public bool? OnTime { get; set; }
    public bool Imported { get; set; }
    public List<ApprovalTask> Tasks { get; set; } = [];
    public List<SupplementRound> Supplements { get; set; } = [];
    public List<StageEvent> History { get; set; } = [];
    public int ConcurrencyStamp { get; set; }

    public bool IsRunning => Status is StageStatus.InProgress or StageStatus.Stopped;
}
