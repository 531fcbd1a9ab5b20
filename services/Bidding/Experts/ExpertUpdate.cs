namespace Platform.Bidding.Experts;

/// <summary>An expert's details as corrected by the trading centre; the code and account stay.</summary>
public sealed record ExpertUpdate(string? Name, List<string>? Specialties, string? EmployerName,
    string? EmployerCreditCode, List<string>? Relations);
