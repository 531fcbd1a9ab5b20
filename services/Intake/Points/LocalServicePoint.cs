namespace Platform.Intake.Points;

/// <summary>
/// Intake's read model of a service point of the county–town–village network, kept from ServicePointPublished.
/// Level is "county", "town" or "village"; WindowNumbers are the hall windows that belong to it.
/// </summary>
public sealed class LocalServicePoint
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Level { get; set; }
    public string? ParentCode { get; set; }
    public string? Address { get; set; }
    public string? Hours { get; set; }
    public string? Phone { get; set; }
    public List<string> WindowNumbers { get; set; } = [];
    public DateTimeOffset PublishedAt { get; set; }
}
