using Platform.Intake.Applications;

namespace Platform.Intake.Agent;

/// <summary>The JSON value (kebab-case) and label of an application's status.</summary>
public static class ApplicationStatuses
{
    public static string Of(ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.PendingReview => "pending-review",
        ApplicationOutcome.AwaitingHandover => "awaiting-handover",
        ApplicationOutcome.AwaitingSupplement => "awaiting-supplement",
        ApplicationOutcome.Accepted => "accepted",
        _ => "rejected",
    };

    public static string Label(ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.PendingReview => "待预审",
        ApplicationOutcome.AwaitingHandover => "待交接",
        ApplicationOutcome.AwaitingSupplement => "待补正",
        ApplicationOutcome.Accepted => "已受理",
        _ => "不予受理",
    };

    /// <summary>The outcome a status= query names, or null when it names none.</summary>
    public static ApplicationOutcome? Parse(string status) =>
        Enum.GetValues<ApplicationOutcome>().Where(o => Of(o) == status).Select(o => (ApplicationOutcome?)o)
            .FirstOrDefault();
}
