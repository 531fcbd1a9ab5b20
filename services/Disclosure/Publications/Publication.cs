namespace Platform.Disclosure.Publications;

public enum PublicationStatus
{
    Draft,
    /// <summary>保密审查: submitted, waiting for a reviewer other than the author.</summary>
    InReview,
    Approved,
    Published,
    Withdrawn,
}

public sealed record Attachment(string Name, string Url);

public sealed record PublicationStep(DateTimeOffset At, string Step, string By, string? Note);

/// <summary>
/// 主动公开 item. Rules (规章) and normative documents (行政规范性文件) carry the dates they were issued and abolished,
/// from which the annual report counts them; the publication's own life is draft → review → published → withdrawn.
/// </summary>
public sealed class Publication
{
    public Guid Id { get; set; }
    /// <summary>索引号: organ code / year of creation - running number, e.g. MB1957123/2025-00042.</summary>
    public string IndexNo { get; set; } = "";
    public string Title { get; set; } = "";
    public string Category { get; set; } = "";
    public string? DocumentNo { get; set; }
    public string IssuingBody { get; set; } = "";
    public string Body { get; set; } = "";
    public List<Attachment> Attachments { get; set; } = [];
    public string? DocumentKind { get; set; }
    public DateOnly? IssuedDate { get; set; }
    public DateOnly? AbolishedDate { get; set; }
    public DateOnly CreatedDate { get; set; }
    /// <summary>Publication is due within 20 working days of creation (DESIGN §6).</summary>
    public DateOnly PublishDueDate { get; set; }
    public string Author { get; set; } = "";
    public PublicationStatus Status { get; set; }
    public string? Reviewer { get; set; }
    public string? ReviewNote { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public string? WithdrawReason { get; set; }
    public List<PublicationStep> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

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
        ["rule"] = "规章", ["normative"] = "行政规范性文件",
    };
}
