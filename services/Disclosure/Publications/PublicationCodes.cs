namespace Platform.Disclosure.Publications;

public static class PublicationCodes
{
    public const int PublishWithinWorkingDays = 20;
    public const string AnnualReportCategory = "政府信息公开年报";

    public static readonly IReadOnlyList<string> Categories =
    [
        "机构职能", "规章", "规范性文件", "规划计划", "行政许可", "行政处罚", "行政强制", "行政事业性收费",
        "财政预决算", "办事指南", "人事信息", "政策解读", AnnualReportCategory, "其他",
    ];

    /// <summary>"rule" = 规章, "normative" = 行政规范性文件 (第二十条第（一）项).</summary>
    public static readonly IReadOnlyDictionary<string, string> DocumentKinds = new Dictionary<string, string>
    {
        ["rule"] = "规章",
        ["normative"] = "行政规范性文件",
    };
}
