using Platform.Intake.Cases;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Intake.Applications;

/// <summary>
/// What the window received (收件) and decided: accepted (then a case exists), a one-time notice of every missing or
/// defective material (the clock waits), or rejected with reason and legal basis. ResponsibleStaff is the first staff
/// member who received the applicant (首问责任) and stays so.
/// </summary>
public sealed class Application : IConcurrencyStamped
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

    /// <summary>
    /// The account that submitted it (the window's staff member, the online applicant or the agent): a retried
    /// submission is found by this account and its Idempotency-Key.
    /// </summary>
    public string? SubmittedBy { get; set; }

    /// <summary>How it arrived: "window", "online" or "agent" (<see cref="ApplicationChannels"/>).</summary>
    public string Channel { get; set; } = ApplicationChannels.Window;

    /// <summary>The service point that took it in (catalogue code); null: the county hall.</summary>
    public string? PointCode { get; set; }

    /// <summary>The applicant's online account (channel online): it follows the application, then the case.</summary>
    public string? ApplicantAccount { get; set; }

    /// <summary>The agent (代办员) who took it in for the resident (channel agent) and follows the case.</summary>
    public string? AgentAccount { get; set; }

    /// <summary>How the resident consented to the agent acting for them (代办委托), as the agent recorded it.</summary>
    public string? Consent { get; set; }

    /// <summary>The agent's transfer slip (交接单) for the paper; when and by whom the county hall received it.</summary>
    public string? TransferSlipNo { get; set; }

    public DateTimeOffset? HandedOverAt { get; set; }

    public string? HandedOverTo { get; set; }

    /// <summary>Trips in person the applicant has made for this application so far.</summary>
    public int Visits { get; set; }

    /// <summary>
    /// Two windows deciding one application at the same moment (预审, handover, supplement): the second save finds the
    /// stamp moved and is answered 409, instead of overwriting the first decision.
    /// </summary>
    public int ConcurrencyStamp { get; set; }
}
