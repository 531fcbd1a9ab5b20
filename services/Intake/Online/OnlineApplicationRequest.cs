using Platform.Intake.Cases;

namespace Platform.Intake.Online;

/// <summary>
/// 在线申办: the matter, the applicant and the materials (names from the matter's list). A material without a file
/// is recorded as missing; the pre-review decides whether it is needed.
/// </summary>
public sealed record OnlineApplicationRequest(string? MatterCode, ApplicantInput? Applicant,
    IReadOnlyList<OnlineMaterial?>? Materials);
