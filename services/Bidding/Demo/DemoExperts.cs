using Platform.Bidding.Experts;

namespace Platform.Bidding.Demo;

/// <summary>
/// A small demo expert pool (房屋建筑 A010101), the candidates of the demo's expert draw; the first three sign in
/// as the demo accounts expert01..expert03.
/// </summary>
static class DemoExperts
{
    public const string Specialty = "A010101";

    static readonly string[] Names = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"];

    public static IEnumerable<string> Codes => Names.Select((_, i) => Code(i));

    public static string AccountOf(string code) => code switch
    {
        "E0101" or "E0102" or "E0103" => $"expert{code[^2..]}",
        _ => $"demo-expert{code[^2..]}",
    };

    static string Code(int i) => $"E01{i + 1:00}";

    public static List<Expert> Create(DateTimeOffset registeredAt) => Names.Select((name, i) => new Expert
    {
        Id = Guid.NewGuid(),
        Code = Code(i),
        Account = i < 3 ? $"expert{i + 1:00}" : $"demo-expert{i + 1:00}",
        Name = name,
        Specialties = [Specialty],
        RegisteredAt = registeredAt,
    }).ToList();
}
