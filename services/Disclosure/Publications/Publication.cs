using Platform.ServiceDefaults.Persistence;

namespace Platform.Disclosure.Publications;

/// <summary>
/// 主动公开 item. Rules (规章) and normative documents (行政规范性文件) carry the dates they were issued and abolished,
/// from which the annual report counts them; the publication's own life is draft → review → published → withdrawn.
/// </summary>
public sealed class Publication : IConcurrencyStamped
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
    public bool PublishDueDateProvisional { get; set; }
    public string Author { get; set; } = "";
    public PublicationStatus Status { get; set; }
    public string? Reviewer { get; set; }
    public string? ReviewNote { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public string? WithdrawReason { get; set; }
    public List<PublicationStep> History { get; set; } = [];
    public int ConcurrencyStamp { get; set; }
}
