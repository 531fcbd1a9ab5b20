namespace Platform.Supervision.Data;

/// <summary>
/// One department's task of a supervised stage. Open while neither decided nor closed; judged for warnings by its own
/// due date, from the stage's acceptance.
/// </summary>
public sealed class SupervisedTask
{
    public required string TaskNo { get; set; }
    public required string StageNo { get; set; }
    public int Stage { get; set; }
    public string? ProjectCode { get; set; }
    public string? DepartmentCode { get; set; }
    public string? MatterCode { get; set; }

    /// <summary>The stage's acceptance date: every task's clock starts there.</summary>
    public DateOnly? AcceptedDate { get; set; }

    public DateOnly? DueDate { get; set; }
    public bool DueDateProvisional { get; set; }

    /// <summary>A supplement of the stage is pending: the applicant holds the clock, so no warning is judged.</summary>
    public bool Stopped { get; set; }

    /// <summary>Imported history whose decision follows from the same import: not judged meanwhile.</summary>
    public bool CompletionFollows { get; set; }

    /// <summary>Closed undecided by a refusal elsewhere in the stage: neither open nor completed.</summary>
    public bool Closed { get; set; }

    public DateOnly? ClosedDate { get; set; }
    public DateOnly? DecidedDate { get; set; }
    public string? Decision { get; set; }
    public int? WorkingDaysUsed { get; set; }
    public bool? OnTime { get; set; }
    public int? PromisedLimitDays { get; set; }
    public int? StatutoryLimitDays { get; set; }
}
