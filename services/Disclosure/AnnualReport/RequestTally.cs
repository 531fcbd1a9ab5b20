namespace Platform.Disclosure.AnnualReport;

/// <summary>One group of requests of the year's table, as the database counts them (category × outcome).</summary>
public sealed record RequestTally(
    string Category,
    string? Outcome,
    int Received,
    int CarriedIn,
    int Replied,
    int CarriedOut);
