namespace Platform.Catalogue.Matters;

/// <summary>
/// One version of a matter. The current version of a code carries IsCurrent; older ones keep their history.
/// </summary>
public sealed class Matter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public MatterStatus Status { get; set; }
    public bool IsCurrent { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? StatusReason { get; set; }
    public required MatterElements Elements { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Limits are counted in working days (DESIGN §4); the unit is kept explicit for the 办事指南.</summary>
    public const string LimitUnit = "working-days";
}
