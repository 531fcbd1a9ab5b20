using Platform.Intake.Applications;

namespace Platform.Intake.Online;

/// <summary>An application's status as the API names it (kebab-case) and as a person reads it.</summary>
public static class ApplicationStatuses
{
    static readonly (ApplicationOutcome Outcome, string Value, string Label)[] All =
    [
        (ApplicationOutcome.PendingReview, "pending-review", "待预审"),
        (ApplicationOutcome.AwaitingHandover, "awaiting-handover", "待交接"),
        (ApplicationOutcome.AwaitingSupplement, "awaiting-supplement", "待补正"),
        (ApplicationOutcome.Accepted, "accepted", "已受理"),
        (ApplicationOutcome.Rejected, "rejected", "不予受理"),
    ];

    public static string ValueOf(ApplicationOutcome outcome) => All.Single(s => s.Outcome == outcome).Value;

    public static string LabelOf(ApplicationOutcome outcome) => All.Single(s => s.Outcome == outcome).Label;

    public static ApplicationOutcome? Parse(string? value) =>
        All.Where(s => s.Value == value).Select(s => (ApplicationOutcome?)s.Outcome).FirstOrDefault();

    public static string Values => string.Join("、", All.Select(s => $"{s.Value}（{s.Label}）"));
}
