using Platform.Catalogue.Points;

namespace Platform.Catalogue.Demo;

/// <summary>
/// The demo service network: the county hall, one town centre and two village/community 代办点 under it (the codes
/// the demo agent accounts carry in their point claim).
/// </summary>
static class DemoPoints
{
    public const string County = "510181-000";
    const string Town = "510181-101";
    const string Weekdays = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";

    public static IEnumerable<ServicePoint> All(DateTimeOffset now) =>
    [
        Point(County, "县政务服务中心", PointLevels.County, null, "人民路 88 号市民大厦一至三楼", Weekdays, "12345", now),
        Point(Town, "城关镇便民服务中心", PointLevels.Town, County, "城关镇建设路 12 号",
            "周一至周五 9:00-12:00，13:30-17:00；周六 9:00-12:00", "028-87101101", now),
        Point("510181-101-01", "东风村便民代办点", PointLevels.Village, Town, "城关镇东风村党群服务中心一楼",
            "周一至周六 8:30-12:00，14:00-17:30（农忙时节可预约上门代办）", "028-87101102", now),
        Point("510181-101-02", "和平社区便民代办点", PointLevels.Village, Town, "城关镇和平社区综合服务站",
            "周一至周日 9:00-17:00", "028-87101103", now),
    ];

    static ServicePoint Point(string code, string name, string level, string? parent, string address, string hours,
        string phone, DateTimeOffset now) => new()
        {
            Code = code,
            Name = name,
            Level = level,
            ParentCode = parent,
            Address = address,
            Hours = hours,
            Phone = phone,
            UpdatedAt = now,
        };
}
