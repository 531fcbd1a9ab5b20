namespace Platform.Approval.Demo;

/// <summary>
/// A stage of the demo hall's past: accepted so many working days before today; each task (in the order of the stage
/// definition's matters) decided so many working days after acceptance, or still open (null); the task at Refused, if
/// any, refused.
/// </summary>
sealed record DemoStage(int Project, int Stage, int AcceptedDaysAgo, int?[] Decided, int Refused = -1);
