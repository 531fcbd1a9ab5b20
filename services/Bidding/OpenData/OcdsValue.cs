namespace Platform.Bidding.OpenData;

/// <summary>An amount in yuan, as the decimal the hall keeps (never a float).</summary>
public sealed record OcdsValue(decimal Amount, string Currency)
{
    public static OcdsValue Yuan(decimal amount) => new(amount, "CNY");
}
