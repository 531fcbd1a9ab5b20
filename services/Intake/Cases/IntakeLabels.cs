namespace Platform.Intake.Cases;

/// <summary>
/// The Chinese words for intake's codes, in one place: the case views' statusLabel and GET /api/intake/labels (the
/// portal's lists and filters) read these, and the suspension step accepts exactly the procedures named here.
/// Keys are the codes as the JSON carries them (kebab-case enum values).
/// </summary>
public static class IntakeLabels
{
    public static readonly IReadOnlyDictionary<string, string> CaseStatus = new Dictionary<string, string>
    {
        ["open"] = "办理中",
        ["suspended"] = "特别程序中（暂停计时）",
        ["completed"] = "已办结",
    };

    /// <summary>特别程序: their working days do not count towards the limit.</summary>
    public static readonly IReadOnlyDictionary<string, string> SuspensionProcedures = new Dictionary<string, string>
    {
        ["hearing"] = "听证",
        ["inspection"] = "现场勘验",
        ["expert-review"] = "专家评审",
        ["testing"] = "检验检测",
        ["public-notice"] = "公示",
        ["other"] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> TicketStatus = new Dictionary<string, string>
    {
        ["waiting"] = "等候中",
        ["called"] = "已叫号",
        ["no-show"] = "过号",
        ["served"] = "已办理",
    };

    /// <summary>What the window may decide on an application (ApplicationRequest.Outcome).</summary>
    public static readonly IReadOnlyDictionary<string, string> Outcomes = new Dictionary<string, string>
    {
        ["accept"] = "受理",
        ["complete-now"] = "当场办结",
        ["notice"] = "一次性告知",
        ["reject"] = "不予受理",
    };

    public static string Of(Cases.CaseStatus status) => CaseStatus[Code(status)];

    /// <summary>The status as the JSON writes it.</summary>
    public static string Code(Cases.CaseStatus status) => status switch
    {
        Cases.CaseStatus.Open => "open",
        Cases.CaseStatus.Suspended => "suspended",
        _ => "completed",
    };
}
