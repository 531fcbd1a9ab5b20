using System.Text.RegularExpressions;

namespace Platform.Approval.Projects;

/// <summary>
/// 全国投资项目代码 as the national online approval platform issues it: year - six-digit area code - two-digit
/// industry - two-digit kind - six-digit sequence, e.g. 2025-510181-47-01-123456.
/// </summary>
public static partial class ProjectCodes
{
    [GeneratedRegex(@"^(?<year>\d{4})-\d{6}-\d{2}-\d{2}-\d{6}$")]
    private static partial Regex Format();

    public static bool IsValid(string? code) =>
        code is { Length: 24 } && Format().Match(code) is { Success: true } match
        && int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 2000
            and <= 2100;

    public const string FormatHint = "全国投资项目代码格式应为“年份-6位行政区划-2位行业-2位类别-6位顺序号”，如 2025-510181-47-01-123456。";
}
