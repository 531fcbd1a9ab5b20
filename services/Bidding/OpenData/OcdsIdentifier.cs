namespace Platform.Bidding.OpenData;

/// <summary>
/// The organization's unified social credit code (统一社会信用代码). "CN-USCC" is its scheme in org-id.guide, the
/// register OCDS points to for identifier schemes.
/// </summary>
public sealed record OcdsIdentifier(string Scheme, string Id, string LegalName)
{
    public const string CreditCodeScheme = "CN-USCC";

    public static OcdsIdentifier CreditCode(string code, string legalName) => new(CreditCodeScheme, code, legalName);
}
