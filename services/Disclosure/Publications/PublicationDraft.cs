using Platform.ServiceDefaults.Http;

namespace Platform.Disclosure.Publications;

public sealed record PublicationDraft(
    string? Title,
    string? Category,
    string? DocumentNo,
    string? IssuingBody,
    string? Body,
    List<Attachment>? Attachments,
    string? DocumentKind,
    string? IssuedDate,
    string? AbolishedDate)
{
    /// <summary>Every field's problem at once; the parsed dates when there are none.</summary>
    public List<FieldError> Validate(out DateOnly? issued, out DateOnly? abolished)
    {
        var errors = new List<FieldError>();
        issued = abolished = null;
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 300)
        {
            errors.Add(new("title", "请填写标题（最长 300 字）。"));
        }
        if (Category is null || !PublicationCodes.Categories.Contains(Category))
        {
            errors.Add(new("category", $"类别应为：{string.Join("、", PublicationCodes.Categories)}。"));
        }
        if (DocumentNo?.Length > 100)
        {
            errors.Add(new("documentNo", "文号最长 100 字。"));
        }
        if (string.IsNullOrWhiteSpace(IssuingBody) || IssuingBody.Length > 100)
        {
            errors.Add(new("issuingBody", "请填写发布机构（最长 100 字）。"));
        }
        if (string.IsNullOrWhiteSpace(Body))
        {
            errors.Add(new("body", "请填写正文。"));
        }
        foreach (var attachment in Attachments ?? [])
        {
            if (string.IsNullOrWhiteSpace(attachment.Name)
                || !Uri.TryCreate(attachment.Url, UriKind.RelativeOrAbsolute, out _))
            {
                errors.Add(new("attachments", "每个附件需要名称和地址。"));
            }
        }
        if (DocumentKind is not null && !PublicationCodes.DocumentKinds.ContainsKey(DocumentKind))
        {
            errors.Add(new("documentKind", "文件种类应为 rule（规章）或 normative（行政规范性文件），或不填。"));
        }
        if (IssuedDate is not null)
        {
            if (Dates.TryParse(IssuedDate, out var date))
            {
                issued = date;
            }
            else
            {
                errors.Add(new("issuedDate", "印发日期应为 yyyy-MM-dd。"));
            }
        }
        if (AbolishedDate is not null)
        {
            if (Dates.TryParse(AbolishedDate, out var date))
            {
                abolished = date;
            }
            else
            {
                errors.Add(new("abolishedDate", "废止日期应为 yyyy-MM-dd。"));
            }
        }
        if (DocumentKind is not null && issued is null)
        {
            errors.Add(new("issuedDate", "规章和行政规范性文件须填写印发日期。"));
        }
        if (DocumentKind is null && (IssuedDate ?? AbolishedDate) is not null)
        {
            errors.Add(new("documentKind", "只有规章和行政规范性文件记录印发、废止日期。"));
        }
        if (issued is not null && abolished < issued)
        {
            errors.Add(new("abolishedDate", "废止日期早于印发日期。"));
        }
        return errors;
    }
}
