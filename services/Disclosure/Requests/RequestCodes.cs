using System.Diagnostics.CodeAnalysis;

namespace Platform.Disclosure.Requests;

/// <summary>
/// The fixed vocabularies of 依申请公开, as the statutory annual-report table (国办公开办函〔2021〕30号) counts them:
/// applicant categories are its columns, outcomes its rows.
/// </summary>
public static class RequestCodes
{
    /// <summary>The table's six applicant columns in their printed order (自然人, then 法人或其他组织 by kind).</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["natural", "commercial", "research", "public-interest", "legal-service", "other"];

    public static readonly IReadOnlyDictionary<string, string> CategoryNames = new Dictionary<string, string>
    {
        ["natural"] = "自然人",
        ["commercial"] = "商业企业",
        ["research"] = "科研机构",
        ["public-interest"] = "社会公益组织",
        ["legal-service"] = "法律服务机构",
        ["other"] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>
    {
        ["in-person"] = "当面",
        ["online"] = "网上",
        ["letter"] = "信函",
        ["fax"] = "传真",
        ["email"] = "电子邮件",
        ["other"] = "其他",
    };

    /// <summary>获取信息的方式: the form in which the applicant asks to be given the information.</summary>
    public static readonly IReadOnlyDictionary<string, string> DeliveryForms = new Dictionary<string, string>
    {
        ["post"] = "纸质文本邮寄",
        ["pickup"] = "纸质文本当面领取",
        ["email"] = "电子邮件",
        ["fax"] = "传真",
        ["disc"] = "光盘或移动存储介质",
    };

    /// <summary>Outcome row codes of section 3 in table order, with the template's wording.</summary>
    public static readonly IReadOnlyList<(string Code, string Group, string Name)> Outcomes =
    [
        ("3.1", "予以公开", "予以公开"),
        ("3.2", "部分公开", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
        ("3.3.1", "不予公开", "属于国家秘密"),
        ("3.3.2", "不予公开", "其他法律行政法规禁止公开"),
        ("3.3.3", "不予公开", "危及“三安全一稳定”"),
        ("3.3.4", "不予公开", "保护第三方合法权益"),
        ("3.3.5", "不予公开", "属于三类内部事务信息"),
        ("3.3.6", "不予公开", "属于四类过程性信息"),
        ("3.3.7", "不予公开", "属于行政执法案卷"),
        ("3.3.8", "不予公开", "属于行政查询事项"),
        ("3.4.1", "无法提供", "本机关不掌握相关政府信息"),
        ("3.4.2", "无法提供", "没有现成信息需要另行制作"),
        ("3.4.3", "无法提供", "补正后申请内容仍不明确"),
        ("3.5.1", "不予处理", "信访举报投诉类申请"),
        ("3.5.2", "不予处理", "重复申请"),
        ("3.5.3", "不予处理", "要求提供公开出版物"),
        ("3.5.4", "不予处理", "无正当理由大量反复申请"),
        ("3.5.5", "不予处理", "要求行政机关确认或重新出具已获取信息"),
        ("3.6.1", "其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("3.6.2", "其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("3.6.3", "其他处理", "其他"),
    ];

    static readonly HashSet<string> OutcomeCodes = Outcomes.Select(o => o.Code).ToHashSet();

    public static bool IsOutcome([NotNullWhen(true)] string? code) => code is not null && OutcomeCodes.Contains(code);

    /// <summary>The code of a category or channel given as code or in Chinese (自然人, 网上…), or null.</summary>
    public static string? CategoryCode(string? text) => Code(text, CategoryNames);

    public static string? ChannelCode(string? text) => Code(text, Channels);

    static string? Code(string? text, IReadOnlyDictionary<string, string> names)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (names.ContainsKey(value))
        {
            return value;
        }
        return names.FirstOrDefault(n => n.Value == value).Key;
    }

    /// <summary>A natural person proves identity with a resident ID; every other category with a credit code.</summary>
    public static bool IsNaturalPerson(string category) => category == "natural";
}
