using Platform.Intake.Cases;

namespace Platform.Intake.Agent;

/// <summary>
/// 代办受理 at a town or village point: the resident (Applicant), how they consented to the agent acting for them
/// (Consent, e.g. "居民签署代办委托书") and the paper materials the agent took over (names on the matter's list).
/// </summary>
public sealed record AgentIntakeRequest(
    string? MatterCode,
    ApplicantInput? Applicant,
    string? Consent,
    IReadOnlyList<AgentMaterial>? Materials);
