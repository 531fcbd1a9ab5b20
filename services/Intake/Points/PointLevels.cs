namespace Platform.Intake.Points;

/// <summary>The levels of the county–town–village network, in the order lists show them, and their labels.</summary>
public static class PointLevels
{
    public const string County = "county";
    public const string Town = "town";
    public const string Village = "village";

    static readonly string[] Order = [County, Town, Village];

    public static IReadOnlyList<string> All => Order;

    public static string Label(string level) => level switch
    {
        County => "县级",
        Town => "镇级",
        Village => "村级",
        _ => level,
    };

    /// <summary>County first, then towns, then villages (an unknown level last).</summary>
    public static int Rank(string level) => Array.IndexOf(Order, level) is var index and >= 0 ? index : Order.Length;
}
