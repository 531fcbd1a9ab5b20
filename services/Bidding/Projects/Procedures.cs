namespace Platform.Bidding.Projects;

/// <summary>The trading procedures and categories (DESIGN §6 Bidding).</summary>
public static class Procedures
{
    public const string OpenTender = "open-tender";
    public const string Inquiry = "inquiry";
    public const string Negotiation = "negotiation";
    public const string FixedPrice = "fixed-price";
    public const string Auction = "auction";

    public static readonly IReadOnlyList<string> All = [OpenTender, Inquiry, Negotiation, FixedPrice, Auction];

    public static readonly IReadOnlyList<string> Categories = ["works", "goods", "services", "land"];

    public static readonly IReadOnlyList<string> EvaluationMethods = ["lowest-price", "weighted"];
}
