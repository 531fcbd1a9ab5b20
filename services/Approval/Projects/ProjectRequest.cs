namespace Platform.Approval.Projects;

/// <summary>
/// A project registered for parallel approval. InvestmentKind: "enterprise" (企业投资) or "government" (政府投资);
/// AgentAccount: the online account of the 代办员 the applicant names, if any.
/// </summary>
public sealed record ProjectRequest(string? Code, string? Name, string? ApplicantName, string? ApplicantCreditCode,
    string? InvestmentKind, string? Location, string? AgentAccount);
