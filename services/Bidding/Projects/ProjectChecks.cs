using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;

namespace Platform.Bidding.Projects;

/// <summary>
/// The field checks of a project announcement, each problem named (400), and the procedures' rules (422): 固定价比选
/// only under 2,000,000 yuan, an auction's reserve price not below its start price.
/// </summary>
static class ProjectChecks
{
    /// <summary>固定价比选 is for works under this budget, yuan (DESIGN §6).</summary>
    public const decimal FixedPriceLimit = 2_000_000m;

    /// <summary>The rule a well-formed announcement breaks, or null.</summary>
    public static string? RuleViolation(ProjectRequest r) => r.Procedure switch
    {
        Procedures.FixedPrice when r.Budget >= FixedPriceLimit =>
            $"固定价比选只适用于预算 {FixedPriceLimit:0} 元以下的项目（本项目 {r.Budget:0.##} 元）；请改用公开招标等方式。",
        Procedures.Auction when r.ReservePrice < r.Budget =>
            $"保留价（{r.ReservePrice:0.##} 元）不得低于起始价（{r.Budget:0.##} 元）；不设保留价请留空。",
        _ => null,
    };

    public static List<FieldError> Check(ProjectRequest r)
    {
        var errors = new List<FieldError>(new TextLimits().Max("name", r.Name, 200).Max("buyerName", r.BuyerName, 200)
            .Max("qualification", r.Qualification, 2000).Errors);
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            errors.Add(new("name", "请填写项目名称。"));
        }
        if (!Procedures.All.Contains(r.Procedure))
        {
            errors.Add(new("procedure", "交易方式应为 open-tender（公开招标）、inquiry（询价）、negotiation（竞争性谈判）、"
                + "fixed-price（固定价比选）或 auction（拍卖·挂牌）。"));
        }
        if (!Procedures.Categories.Contains(r.Category))
        {
            errors.Add(new("category", "项目类别应为 works（工程）、goods（货物）、services（服务）或 land（土地·产权）。"));
        }
        if (r.Budget is not > 0 || r.Budget > 1_000_000_000_000m || decimal.Round(r.Budget.Value, 2) != r.Budget)
        {
            errors.Add(new("budget", "预算（控制价、起始价）应为正数，单位元，最多两位小数。"));
        }
        if (string.IsNullOrWhiteSpace(r.BuyerName))
        {
            errors.Add(new("buyerName", "请填写采购人（招标人）名称。"));
        }
        if (!ChineseIdentifiers.IsValidUnifiedSocialCreditCode(r.BuyerCreditCode?.Trim().ToUpperInvariant()))
        {
            errors.Add(new("buyerCreditCode", "不是有效的 18 位统一社会信用代码（字符或校验码不正确）。"));
        }
        if (!Procedures.EvaluationMethods.Contains(r.EvaluationMethod))
        {
            errors.Add(new("evaluationMethod", "评标办法应为 lowest-price（最低价）或 weighted（综合评分）。"));
        }
        else if (r.EvaluationMethod == "weighted" && r.PriceWeight is not (> 0 and <= 100))
        {
            errors.Add(new("priceWeight", "综合评分法须给出价格分权重（0 到 100 分）。"));
        }
        if (r.BidDeadline is null)
        {
            errors.Add(new("bidDeadline", "请给出投标截止时间（ISO-8601，带时区，如 2026-12-30T09:30:00+08:00）。"));
        }
        if (r.Procedure == Procedures.Auction)
        {
            AddAuctionErrors(errors, r);
        }
        var documents = r.Documents ?? [];
        if (documents.Count > 50)
        {
            errors.Add(new("documents", "招标文件最多 50 个。"));
        }
        foreach (var document in documents.Where(d => d is null || !IsWebAddress(d.Url)
            || string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200))
        {
            errors.Add(new("documents", $"文件“{document?.Title}”须有标题（200 字以内），地址只能是 http 或 https 链接。"));
        }
        return errors;
    }

    static void AddAuctionErrors(List<FieldError> errors, ProjectRequest r)
    {
        if (!IsAmount(r.Increment))
        {
            errors.Add(new("increment", "拍卖·挂牌须给出加价幅度（正数，单位元，最多两位小数）。"));
        }
        if (r.ReservePrice is not null && !IsAmount(r.ReservePrice))
        {
            errors.Add(new("reservePrice", "保留价应为正数，单位元，最多两位小数；不设保留价请留空。"));
        }
    }

    static bool IsAmount(decimal? amount) =>
        amount is > 0 and <= 1_000_000_000_000m && decimal.Round(amount.Value, 2) == amount;

    static bool IsWebAddress(string? url) =>
        url is { Length: <= 2000 } && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
