using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;

namespace Platform.Disclosure.Requests;

/// <summary>Who asks and for what: the checks the officer's registration and the public form share.</summary>
static class RequestApplicant
{
    /// <summary>
    /// A new request holding the applicant's part when every field is right; otherwise null, with the problems in
    /// <paramref name="errors"/>.
    /// </summary>
    public static DisclosureRequest Read(string? applicantCategory, string? applicantName, string? identityNo,
        string? contact, string? description, string? deliveryForm, bool deliveryRequired, List<FieldError> errors)
    {
        var category = RequestCodes.CategoryCode(applicantCategory);
        if (category is null)
        {
            errors.Add(new("applicantCategory",
                "申请人类别应为 natural、commercial、research、public-interest、legal-service 或 other。"));
        }
        TextRules.Line(errors, "applicantName", "申请人姓名或名称", applicantName, TextRules.Name, required: true);
        var identity = identityNo?.Trim().ToUpperInvariant();
        if (category is not null && RequestCodes.IsNaturalPerson(category)
            && !ChineseIdentifiers.IsValidResidentId(identity))
        {
            errors.Add(new("identityNo", "自然人申请须提供 18 位居民身份证号码，且校验位正确（GB 11643）。"));
        }
        if (category is not null && !RequestCodes.IsNaturalPerson(category)
            && !ChineseIdentifiers.IsValidUnifiedSocialCreditCode(identity))
        {
            errors.Add(new("identityNo", "法人或其他组织申请须提供 18 位统一社会信用代码，且校验位正确（GB 32100）。"));
        }
        TextRules.Line(errors, "contact", "联系方式", contact, TextRules.Contact, required: false);
        if (string.IsNullOrWhiteSpace(description) || description.Length > TextRules.Description)
        {
            errors.Add(new("description",
                $"请写明所需政府信息的名称、文号或便于查询的特征描述（最长 {TextRules.Description} 字）。"));
        }
        var delivery = string.IsNullOrWhiteSpace(deliveryForm) ? null : deliveryForm.Trim();
        if ((delivery is null && deliveryRequired)
            || (delivery is not null && !RequestCodes.DeliveryForms.ContainsKey(delivery)))
        {
            errors.Add(new("deliveryForm", "获取信息的方式应为 post（纸质文本邮寄）、pickup（纸质文本当面领取）、"
                + "email（电子邮件）、fax（传真）或 disc（光盘或移动存储介质）。"));
        }
        return new DisclosureRequest
        {
            ApplicantCategory = category ?? "",
            ApplicantName = applicantName?.Trim() ?? "",
            IdentityNo = identity,
            Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
            Description = description?.Trim(),
            DeliveryForm = delivery,
        };
    }
}
