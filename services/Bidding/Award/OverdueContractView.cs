namespace Platform.Bidding.Award;

/// <summary>An awarded project whose contract is not registered past its due date (awarded + 30 days).</summary>
public sealed record OverdueContractView(Guid ProjectId, string Name, string? Winner, DateTimeOffset AwardedAt,
    DateTimeOffset ContractDueAt, int DaysOverdue);
