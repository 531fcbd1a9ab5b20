namespace Platform.Contracts.Catalogue;

/// <summary>
/// A service point of the three-level network was registered or changed: the county hall (Level "county", no
/// parent), a town 便民服务中心 ("town", parent the county hall) or a village/community 代办点 ("village", parent a
/// town). WindowNumbers are the hall windows that belong to it. The newest PublishedAt wins.
/// </summary>
public sealed record ServicePointPublished(
    string Code,
    string Name,
    string Level,
    string? ParentCode,
    string? Address,
    string? Hours,
    string? Phone,
    IReadOnlyList<string> WindowNumbers,
    DateTimeOffset PublishedAt);
