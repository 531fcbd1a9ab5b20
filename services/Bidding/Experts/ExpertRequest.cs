namespace Platform.Bidding.Experts;

/// <summary>An expert entered into the pool by the trading centre.</summary>
public sealed record ExpertRequest(string? Code, string? Account, string? Name, List<string>? Specialties,
    string? EmployerName, string? EmployerCreditCode, List<string>? Relations, bool? Active);
