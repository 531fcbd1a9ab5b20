using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;

namespace Platform.Intake.Cases;

/// <summary>
/// The applicant: a natural person (Type "natural", 18-digit resident ID) or an organisation (Type "legal", unified
/// social credit code). The identifier is kept for the second factor of tracking and is masked on the way out.
/// </summary>
public sealed record Applicant(string Type, string Name, string IdNumber, string? Phone)
{
    public static List<FieldError> Check(ApplicantInput? input)
    {
        var errors = new List<FieldError>();
        if (input is null)
        {
            errors.Add(new("applicant", "请填写申请人信息。"));
            return errors;
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors.Add(new("applicant.name", "申请人姓名或名称必填，最长 100 字。"));
        }
        switch (input.Type)
        {
            case "natural" when !ChineseIdentifiers.IsValidResidentId(input.IdNumber?.Trim()):
                errors.Add(new("applicant.idNumber", "不是有效的 18 位居民身份证号码（出生日期或校验码不正确）。"));
                break;
            case "legal"
                when !ChineseIdentifiers.IsValidUnifiedSocialCreditCode(input.IdNumber?.Trim().ToUpperInvariant()):
                errors.Add(new("applicant.idNumber", "不是有效的 18 位统一社会信用代码（字符或校验码不正确）。"));
                break;
            case "natural" or "legal":
                break;
            default:
                errors.Add(new("applicant.type", "申请人类型应为 natural（自然人）或 legal（法人或其他组织）。"));
                break;
        }
        if (input.Phone is { Length: > 0 } phone
            && (phone.Length is < 7 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c == '-')))
        {
            errors.Add(new("applicant.phone", "联系电话只能包含数字和短横线，7 到 20 位。"));
        }
        return errors;
    }

    public static Applicant From(ApplicantInput input) =>
        new(input.Type!, input.Name!.Trim(), input.IdNumber!.Trim().ToUpperInvariant(),
            string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim());

    public string MaskedId => Type == "natural" ? Masking.ResidentId(IdNumber) : IdNumber;

    public string MaskedName => Type == "natural" ? Masking.PersonName(Name) : Name;

    /// <summary>
    /// The second factor of anonymous tracking: the last four characters of the identifier or the phone.
    /// </summary>
    public bool Verifies(string? lastFour) =>
        lastFour is { Length: 4 }
        && (IdNumber.EndsWith(lastFour, StringComparison.OrdinalIgnoreCase)
            || Phone?.EndsWith(lastFour, StringComparison.Ordinal) == true);
}
