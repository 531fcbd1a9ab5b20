namespace Platform.Catalogue.Points;

public sealed record ServicePointView(string Code, string Name, string Level, string LevelLabel, string? ParentCode,
    string? Address, string? Hours, string? Phone, IReadOnlyList<string> WindowNumbers)
{
    public static ServicePointView Of(ServicePoint point, IReadOnlyList<string> windowNumbers) =>
        new(point.Code, point.Name, point.Level, PointLevels.Labels[point.Level], point.ParentCode, point.Address,
            point.Hours, point.Phone, windowNumbers);
}
