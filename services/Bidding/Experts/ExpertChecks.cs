using System.Text.RegularExpressions;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;

namespace Platform.Bidding.Experts;

/// <summary>What an expert's registration must hold before it enters the pool.</summary>
public static partial class ExpertChecks
{
    public const string SpecialtyHint = "专业代码为 1 到 32 位字母、数字、点或连字符，如 A010101。";

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,15}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z0-9.-]{1,32}$")]
    private static partial Regex SpecialtyPattern();

    public static bool IsSpecialty(string? code) => code is not null && SpecialtyPattern().IsMatch(code);

    public static List<FieldError> Check(ExpertRequest request)
    {
        var errors = new List<FieldError>(new TextLimits().Max("account", request.Account, 64)
            .Max("name", request.Name, 64).Max("employerName", request.EmployerName, 200)
            .Max("relations", request.Relations, 50, 200).Errors);
        if (request.Code is null || !CodePattern().IsMatch(request.Code))
        {
            errors.Add(new("code", "专家编号为大写字母开头的 2 到 16 位大写字母或数字，如 E0012。"));
        }
        if (string.IsNullOrWhiteSpace(request.Account))
        {
            errors.Add(new("account", "请填写专家的登录账号。"));
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(new("name", "请填写专家姓名。"));
        }
        if (request.Specialties is not { Count: > 0 and <= 20 } || !request.Specialties.All(IsSpecialty))
        {
            errors.Add(new("specialties", "请填写 1 到 20 个专业代码。" + SpecialtyHint));
        }
        if (request.EmployerCreditCode is { } credit
            && !ChineseIdentifiers.IsValidUnifiedSocialCreditCode(credit.Trim().ToUpperInvariant()))
        {
            errors.Add(new("employerCreditCode", "不是有效的 18 位统一社会信用代码（字符或校验码不正确）。"));
        }
        if (request.Relations?.Any(string.IsNullOrWhiteSpace) == true)
        {
            errors.Add(new("relations", "利害关系单位不能为空白。"));
        }
        return errors;
    }
}
