using System.Text.RegularExpressions;

namespace Platform.Approval.Projects;

/// <summary>
/// The 全国投资项目代码 a project is keyed by: the year it was registered, the six-digit area code, the industry and
/// the project kind, and a six-digit serial number, e.g. 2025-510181-47-01-123456. Only the shape is checked here:
/// the national platform that issues the code is the one that knows whether it exists.
/// </summary>
public static partial class ProjectCodes
{
    public const string FormatHint =
        "全国投资项目代码格式应为“年份-6位行政区划-2位行业-2位类别-6位顺序号”，如 2025-510181-47-01-123456。";

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    // [0-9] rather than \d: \d also takes full-width and other Unicode digits, which the national code never holds.
    [GeneratedRegex("^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$")]
    private static partial Regex Pattern();
}
