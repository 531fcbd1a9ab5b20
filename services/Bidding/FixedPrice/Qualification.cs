namespace Platform.Bidding.FixedPrice;

/// <summary>
/// 资格审查 of one registration by the trading officer after the registration deadline: only qualified firms enter a
/// 固定价比选 draw. One per registration; a later review replaces it until the selection is scheduled.
/// </summary>
public sealed class Qualification
{
    public Guid RegistrationId { get; set; }
    public Guid ProjectId { get; set; }
    public bool Qualified { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
    public required string ReviewedBy { get; set; }
}
