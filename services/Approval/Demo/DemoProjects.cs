using Platform.Approval.Projects;
using Platform.ServiceDefaults.Identity;

namespace Platform.Approval.Demo;

/// <summary>
/// The demo hall's projects and their stages, in every state: completed in the past weeks (one project through all
/// four stages), in progress with tasks due within a working day or two, and one stage refused.
/// </summary>
static class DemoProjects
{
    const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static readonly IReadOnlyList<DemoStage> Stages =
    [
        new(0, 1, 45, [2, 3, 4]),
        new(0, 2, 35, [1, 2, 2, 8, 3]),
        new(0, 3, 22, [2]),
        new(0, 4, 12, [6, 2, 1]),
        new(1, 1, 40, [3, 3, 5]),
        new(1, 2, 28, [2, 2, 1, 9, 4]),
        new(1, 3, 15, [3]),
        new(1, 4, 1, [null, null, null]),
        new(2, 1, 30, [4, 2, 4]),
        new(2, 2, 1, [null, 0, null, null, null]),
        new(3, 1, 38, [4, 4, 6]),
        new(3, 2, 20, [1, 2, null, null, null], Refused: 1),
        new(4, 1, 2, [1, null, null]),
    ];

    public const string RefusalReason = "人防工程设计不符合《人民防空工程设计规范》，防空地下室面积不足应建面积。";

    public static IReadOnlyList<Project> Create() =>
    [
        Project("2025-510181-83-01-000101", "示范市第二实验小学迁建工程", "示范市教育局", "11510181MB0A12345", "government",
            "示范市城南新区学府路"),
        Project("2025-510181-84-01-000102", "示范市人民医院门诊综合楼", "示范市人民医院", "12510181MB1B23456",
            "government", "示范市人民路 88 号", owner: "company01"),
        Project("2026-510181-34-03-000103", "示范市智能制造产业园一期", "示范市智造科技有限公司", "91510181MA6C34567",
            "enterprise", "示范市经济开发区创新大道", owner: "company01", agent: "applicant01"),
        Project("2025-510181-70-03-000104", "滨江花园住宅小区", "示范市滨江置业有限公司", "91510181MA6D45678",
            "enterprise", "示范市滨江路东段"),
        Project("2026-510181-59-03-000105", "城东物流仓储中心", "示范市城东物流有限公司", "91510181MA6E56789",
            "enterprise", "示范市城东工业园"),
    ];

    static Project Project(string code, string name, string applicant, string creditCodeWithoutCheck, string kind,
        string location, string? owner = null, string? agent = null) => new()
        {
            Code = code,
            Name = name,
            ApplicantName = applicant,
            ApplicantCreditCode = WithCheck(creditCodeWithoutCheck),
            OwnerAccount = owner,
            AgentAccount = agent,
            InvestmentKind = kind,
            Location = location,
        };

    /// <summary>The code completed with its GB 32100 check character, so the demo shows only valid codes.</summary>
    static string WithCheck(string first17) =>
        CreditAlphabet.Select(c => first17 + c).Single(ChineseIdentifiers.IsValidUnifiedSocialCreditCode);
}
