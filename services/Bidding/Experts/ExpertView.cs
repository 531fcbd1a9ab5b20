namespace Platform.Bidding.Experts;

/// <summary>An expert as the trading centre's staff see the pool.</summary>
public sealed record ExpertView(Guid Id, string Code, string Account, string Name, IReadOnlyList<string> Specialties,
    string? EmployerName, string? EmployerCreditCode, IReadOnlyList<string> Relations, bool Active,
    DateTimeOffset RegisteredAt)
{
    public static ExpertView Of(Expert e) => new(e.Id, e.Code, e.Account, e.Name, e.Specialties, e.EmployerName,
        e.EmployerCreditCode, e.Relations, e.Active, e.RegisteredAt);
}
