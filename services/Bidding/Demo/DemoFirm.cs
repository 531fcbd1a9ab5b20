namespace Platform.Bidding.Demo;

/// <summary>A demo buyer or bidding firm; the account acts for a bidding firm (empty for a buyer).</summary>
sealed record DemoFirm(string Name, string CreditCode, string Account);
