using Platform.ServiceDefaults.Identity;

namespace Platform.Bidding.Demo;

/// <summary>
/// The demo's buyers and bidding firms, with unified social credit codes completed by their GB 32100 check
/// character, so the demo shows only valid codes.
/// </summary>
static class DemoFirms
{
    const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static readonly DemoFirm SchoolBureau = new("示范市教育局", WithCheck("11510181MB0A1234"), "");
    public static readonly DemoFirm Hospital = new("示范市人民医院", WithCheck("12510181MB1B2345"), "");
    public static readonly DemoFirm Roads = new("示范市交通运输局", WithCheck("11510181MB0C3456"), "");
    public static readonly DemoFirm Water = new("示范市水务局", WithCheck("11510181MB0D4567"), "");
    public static readonly DemoFirm LandBureau = new("示范市自然资源和规划局", WithCheck("11510181MB0E5678"), "");

    public static readonly IReadOnlyList<DemoFirm> Bidders =
    [
        new("示范建工集团有限公司", WithCheck("91510181MA6F1001"), "demo-bidder01"),
        new("蜀南路桥建设有限公司", WithCheck("91510181MA6F1002"), "demo-bidder02"),
        new("锦城市政工程有限公司", WithCheck("91510181MA6F1003"), "demo-bidder03"),
        new("天府园林绿化有限公司", WithCheck("91510181MA6F1004"), "demo-bidder04"),
        new("川西水利水电工程有限公司", WithCheck("91510181MA6F1005"), "demo-bidder05"),
    ];

    /// <summary>The first 17 characters (16 given plus a zero) completed with the check character.</summary>
    static string WithCheck(string first16) =>
        CreditAlphabet.Select(c => first16 + "0" + c).Single(ChineseIdentifiers.IsValidUnifiedSocialCreditCode);
}
