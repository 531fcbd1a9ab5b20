namespace Platform.Approval.Projects;

/// <summary>
/// A construction project (工程建设项目) keyed by its 全国投资项目代码. The owner is the applicant's online account when
/// the applicant registered it; an agent (代办员) named by the owner may act for the applicant.
/// </summary>
public sealed class Project
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string ApplicantName { get; set; }

    /// <summary>The applicant's unified social credit code; null for history imported without it.</summary>
    public string? ApplicantCreditCode { get; set; }

    public string? OwnerAccount { get; set; }
    public string? AgentAccount { get; set; }

    /// <summary>"enterprise" (企业投资) or "government" (政府投资).</summary>
    public required string InvestmentKind { get; set; }

    public required string Location { get; set; }
    /// <summary>
    /// 查询码: the second factor with which anyone holding the project code tracks it without an account (given to the
    /// applicant at registration); null for imported history.
    /// </summary>
    public string? TrackingCode { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public bool Imported { get; set; }
}
