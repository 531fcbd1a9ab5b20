namespace Platform.Intake.Statistics;

public sealed record DailyCount(DateOnly Date, int Accepted, int Completed);
