namespace Platform.Bidding.Draws;

/// <summary>
/// A draw to schedule. Experts come from the pool of the specialty at the draw, less those in conflict with the
/// bidders' organisations; firms and auction order draw among the candidates given, less the exclusions given.
/// </summary>
public sealed record DrawRequest(Guid? ProjectId, string? Purpose, string? Specialty, int? Count,
    List<string>? Candidates, List<string>? Conflicts, List<DrawExclusion>? Excluded);
