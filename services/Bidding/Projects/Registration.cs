namespace Platform.Bidding.Projects;

/// <summary>A firm registered to take part (报名), by the account that acts for it.</summary>
public sealed class Registration
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Account { get; set; }
    public required string FirmName { get; set; }
    public required string FirmCreditCode { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
