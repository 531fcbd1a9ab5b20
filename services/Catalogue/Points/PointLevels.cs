namespace Platform.Catalogue.Points;

/// <summary>
/// The three levels of the service network (county hall, town 便民服务中心, village 代办点), in their order, with the
/// Chinese spellings an administrator may type in a CSV (县/镇/村, 县级/镇级/村级).
/// </summary>
public static class PointLevels
{
    public const string County = "county";
    public const string Town = "town";
    public const string Village = "village";

    /// <summary>County first, then town, then village: the order lists and events use.</summary>
    public static readonly IReadOnlyList<string> Ordered = [County, Town, Village];

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [County] = "县级",
        [Town] = "镇级",
        [Village] = "村级",
    };

    public const string Describe = "county（县级）、town（镇级）或 village（村级）";

    /// <summary>The level a value names (English or Chinese), or null.</summary>
    public static string? Parse(string? value) => value?.Trim() switch
    {
        "county" or "县" or "县级" => County,
        "town" or "镇" or "镇级" => Town,
        "village" or "村" or "村级" => Village,
        _ => null,
    };

    public static int Rank(string level) => level switch
    {
        County => 0,
        Town => 1,
        Village => 2,
        _ => 3,
    };

    /// <summary>
    /// A matter's intake levels as stored: known levels once each, in network order, and always the county hall
    /// (what the county hall cannot take in, no lower level can). Unknown values are kept so the rules can name them.
    /// </summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<string?>? values)
    {
        var levels = (values ?? []).Select(v => Parse(v) ?? v?.Trim() ?? "").Append(County).Distinct().ToList();
        return [.. levels.OrderBy(Rank)];
    }
}
