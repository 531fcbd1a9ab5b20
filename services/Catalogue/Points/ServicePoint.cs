namespace Platform.Catalogue.Points;

/// <summary>
/// A point of the three-level service network: the county hall (no parent), a town 便民服务中心 (parent the county
/// hall) or a village/community 代办点 (parent a town). Level is one of <see cref="PointLevels"/>.
/// </summary>
public sealed class ServicePoint
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Level { get; set; }
    public string? ParentCode { get; set; }
    public string? Address { get; set; }
    public string? Hours { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
