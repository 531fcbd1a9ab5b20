using Platform.Intake.Cases;

namespace Platform.Intake.Applications;

/// <summary>
/// What the window received (收件) and decided: accepted (then a case exists), a one-time notice of every missing or
/// defective material (the clock waits), or rejected with reason and legal basis. ResponsibleStaff is the first staff
/// member who received the applicant (首问责任) and stays so.
/// </summary>
public sealed class Application
{
    public Guid Id { get; set; }
    public required string MatterCode { get; set; }
    public int MatterVersion { get; set; }
    public required Applicant Applicant { get; set; }
    public required string ResponsibleStaff { get; set; }
    public string? WindowNo { get; set; }
    public ApplicationOutcome Outcome { get; set; }
    public List<MaterialCheck> Materials { get; set; } = [];
    public List<string> Notice { get; set; } = [];
    public string? Reason { get; set; }
    public string? LegalBasis { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? CaseNo { get; set; }

    /// <summary>The queue ticket the window called for this applicant, and its day (numbers restart daily).</summary>
    public string? TicketNumber { get; set; }

    public DateOnly? TicketDay { get; set; }

    /// <summary>
    /// The client's Idempotency-Key: a retried submission finds this application instead of making another.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 (hex) of the request that came with the key: a reuse with another body is refused.</summary>
    public string? RequestHash { get; set; }
}
