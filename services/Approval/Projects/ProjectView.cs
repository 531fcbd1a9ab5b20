namespace Platform.Approval.Projects;

/// <summary>A project as its readers (owner, agent, staff) see it.</summary>
public sealed record ProjectView(string Code, string Name, string ApplicantName, string? ApplicantCreditCode,
    string InvestmentKind, string Location, string? OwnerAccount, string? AgentAccount, DateTimeOffset RegisteredAt,
    bool Imported)
{
    public static ProjectView Of(Project p) => new(p.Code, p.Name, p.ApplicantName, p.ApplicantCreditCode,
        p.InvestmentKind, p.Location, p.OwnerAccount, p.AgentAccount, p.RegisteredAt, p.Imported);
}
