using Platform.Bidding.Bids;
using Platform.Bidding.Projects;

namespace Platform.Bidding.OpenData;

/// <summary>Parties identified by their credit codes, so one organization has one id across all releases.</summary>
public static class OcdsParties
{
    public static OcdsParty Buyer(TradingProject project) =>
        Of(project.BuyerCreditCode, project.BuyerName, ["buyer"]);

    /// <summary>A bidding firm: a tenderer, and the supplier too when its bid won.</summary>
    public static OcdsParty Firm(Bid bid, bool won) =>
        Of(bid.FirmCreditCode, bid.FirmName, won ? ["tenderer", "supplier"] : ["tenderer"]);

    static OcdsParty Of(string creditCode, string name, IReadOnlyList<string> roles) =>
        new($"{OcdsIdentifier.CreditCodeScheme}-{creditCode}", name, OcdsIdentifier.CreditCode(creditCode, name),
            roles);
}
