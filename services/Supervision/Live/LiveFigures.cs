namespace Platform.Supervision.Live;

public sealed record LiveFigures(DateOnly Date, long Accepted, long Completed, long OnTheSpot, long OnTime,
    IReadOnlyDictionary<string, long> AcceptedByDepartment, IReadOnlyDictionary<string, long> CompletedByDepartment);
