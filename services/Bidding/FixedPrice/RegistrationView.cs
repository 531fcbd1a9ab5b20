using Platform.Bidding.Projects;

namespace Platform.Bidding.FixedPrice;

/// <summary>
/// A registration as the trading officer reviews it: the firm and the qualification found (null: not yet).
/// </summary>
public sealed record RegistrationView(Guid RegistrationId, string Account, string FirmName, string FirmCreditCode,
    DateTimeOffset RegisteredAt, bool? Qualified, string? Reason, DateTimeOffset? ReviewedAt)
{
    public static RegistrationView Of(Registration r, Qualification? q) => new(r.Id, r.Account, r.FirmName,
        r.FirmCreditCode, r.RegisteredAt, q?.Qualified, q?.Reason, q?.ReviewedAt);
}
