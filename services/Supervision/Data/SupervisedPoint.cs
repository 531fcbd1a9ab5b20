namespace Platform.Supervision.Data;

/// <summary>
/// Supervision's read model of a service point of the three-level network (ServicePointPublished): its name and level
/// for the point ranking, and which code is the county hall (cases whose PointCode is null belong to it).
/// </summary>
public sealed class SupervisedPoint
{
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>"county", "town" or "village".</summary>
    public required string Level { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>The newest publication wins (they may arrive out of order).</summary>
    public DateTimeOffset PublishedAt { get; set; }
}
