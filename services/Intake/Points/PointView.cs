namespace Platform.Intake.Points;

/// <summary>A service point as intake knows it, with its level's label.</summary>
public sealed record PointView(
    string Code,
    string Name,
    string Level,
    string LevelLabel,
    string? ParentCode,
    string? Address,
    string? Hours,
    string? Phone,
    IReadOnlyList<string> WindowNumbers)
{
    public static PointView Of(LocalServicePoint p) => new(p.Code, p.Name, p.Level, PointLevels.Label(p.Level),
        p.ParentCode, p.Address, p.Hours, p.Phone, p.WindowNumbers);
}
