using Platform.Bidding.Projects;

namespace Platform.Bidding.OpenData;

/// <summary>The hall's procedures and categories in OCDS codelists (method, procurementCategory).</summary>
public static class OcdsCodes
{
    /// <summary>
    /// method codelist. open: anyone may bid — 公开招标, and 拍卖·挂牌 and 固定价比选, which are announced to all and
    /// open to every registered firm. selective ("all potential suppliers can qualify to submit a bid"): 询价, whose
    /// announcement invites every supplier meeting the published qualification to quote. limited (only suppliers
    /// chosen by the buyer bid): 竞争性谈判, where the negotiation team picks the qualified suppliers it negotiates
    /// with (政府采购法 第三十八条). None is direct: the hall runs no single-source procedure.
    /// </summary>
    public static string Method(string procedure) => procedure switch
    {
        Procedures.Inquiry => "selective",
        Procedures.Negotiation => "limited",
        _ => "open",
    };

    /// <summary>procurementMethodDetails: the procedure's name in Chinese, as the announcement says it.</summary>
    public static string MethodDetails(string procedure) => procedure switch
    {
        Procedures.OpenTender => "公开招标",
        Procedures.Inquiry => "询价",
        Procedures.Negotiation => "竞争性谈判",
        Procedures.FixedPrice => "固定价比选",
        Procedures.Auction => "拍卖·挂牌",
        _ => procedure,
    };

    /// <summary>
    /// procurementCategory is closed (goods, works, services). Land (土地使用权出让) is a tangible asset changing
    /// hands, neither construction (works) nor an activity (services), so it is goods; the open
    /// additionalProcurementCategories keeps "land" so that users can still tell it apart.
    /// </summary>
    public static string MainCategory(string category) => category == "land" ? "goods" : category;

    public static IReadOnlyList<string>? AdditionalCategories(string category) => category == "land" ? ["land"] : null;
}
