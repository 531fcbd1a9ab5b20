namespace Platform.Catalogue.Matters;

/// <summary>The national type code list of DESIGN §6.</summary>
public static class MatterTypes
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["01"] = "行政许可",
        ["02"] = "行政处罚",
        ["03"] = "行政强制",
        ["04"] = "行政征收",
        ["05"] = "行政给付",
        ["06"] = "行政检查",
        ["07"] = "行政确认",
        ["08"] = "行政奖励",
        ["09"] = "行政裁决",
        ["10"] = "其他行政权力",
        ["20"] = "公共服务",
    };

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    public static string Describe() => string.Join("、", Names.Select(pair => $"{pair.Key} {pair.Value}"));
}
