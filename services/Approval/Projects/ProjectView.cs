namespace Platform.Approval.Projects;

/// <summary>
/// A project as its readers (owner, agent, staff) see it; the 查询码 only in the answer to its registration (to be
/// handed to the applicant), the accounts never to an anonymous tracker.
/// </summary>
public sealed record ProjectView(string Code, string Name, string ApplicantName, string? ApplicantCreditCode,
    string InvestmentKind, string Location, string? OwnerAccount, string? AgentAccount, DateTimeOffset RegisteredAt,
    bool Imported, string? TrackingCode)
{
    public static ProjectView Of(Project p, bool withCode = false) => new(p.Code, p.Name, p.ApplicantName,
        p.ApplicantCreditCode, p.InvestmentKind, p.Location, p.OwnerAccount, p.AgentAccount, p.RegisteredAt,
        p.Imported, withCode ? p.TrackingCode : null);

    public ProjectView Anonymous() => this with { OwnerAccount = null, AgentAccount = null };
}
