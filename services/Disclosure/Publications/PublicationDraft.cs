using Platform.Disclosure.Validation;
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
        TextRules.Line(errors, "title", "标题", Title, TextRules.Title, required: true);
        if (Category is null || !PublicationCodes.Categories.Contains(Category))
        {
            errors.Add(new("category", $"类别应为：{string.Join("、", PublicationCodes.Categories)}。"));
        }
        TextRules.Line(errors, "documentNo", "文号", DocumentNo, TextRules.DocumentNo, required: false);
        TextRules.Line(errors, "issuingBody", "发布机构", IssuingBody, TextRules.Name, required: true);
        TextRules.Text(errors, "body", "正文", Body, TextRules.Body, required: true);
        ValidateAttachments(errors);
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

    void ValidateAttachments(List<FieldError> errors)
    {
        if (Attachments is null)
        {
            return;
        }
        if (Attachments.Count > TextRules.Attachments)
        {
            errors.Add(new("attachments", $"附件最多 {TextRules.Attachments} 个，收到 {Attachments.Count} 个。"));
            return;
        }
        for (var i = 0; i < Attachments.Count; i++)
        {
            var attachment = Attachments[i];
            var field = $"attachments[{i}]";
            TextRules.Line(errors, field + ".name", "附件名称", attachment?.Name, TextRules.AttachmentName,
                required: true);
            if (!AttachmentUrls.IsSafe(attachment?.Url))
            {
                errors.Add(new(field + ".url", "附件地址只能是 http:// 或 https:// 开头的网址，或本站以“/”开头的路径"
                    + $"（最长 {TextRules.AttachmentUrl} 字）；不接受 javascript:、file: 等其他地址。"));
            }
        }
    }
}
