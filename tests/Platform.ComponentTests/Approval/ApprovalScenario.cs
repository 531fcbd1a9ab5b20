using System.Net.Http.Json;
using System.Text;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Approval;

/// <summary>
/// The standalone host with four construction matters of four departments carried to approval's read model by the
/// bus, stage 1 (lead 自然资源局) and stage 2 configured, and signed-in clients: the window, each department's
/// approver, the project's owner, another applicant and admin.
/// </summary>
public sealed class ApprovalScenario : IAsyncLifetime
{
    public const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        FG-01,企业投资项目核准,01,FGJ,发展和改革局,promised,20,4,项目申请报告;规划选址意见|复印件
        ZR-01,建设用地规划许可证核发,01,ZRZYJ,自然资源局,promised,20,5,申请表;用地范围图
        SJ-01,建设项目环境影响报告表审批,01,SJJ,生态环境分局,promised,30,4,环境影响报告表;公众参与说明|选填
        ZJ-01,建筑工程施工许可证核发,01,ZJJ,住房和城乡建设局,promised,7,3,施工许可申请表;施工合同|复印件
        """;

    public const string ProjectCode = "2025-510181-47-01-123456";
    public const string CreditCode = "91350100M000100Y43";

    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Window { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Owner { get; private set; } = null!;
    public HttpClient Stranger { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();

    public async Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path);
        Window = await SignedIn("window01");
        Admin = await SignedIn("admin");
        Owner = As("company01", Roles.Applicant);
        Stranger = As("applicant01", Roles.Applicant);
        Anonymous = Host.CreateClient();
        var catalogue = await SignedIn("catalogue01");
        (await catalogue.PostAsync("/api/catalogue/matters/import",
            new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        // The stage definitions name published matters: they can be set once the matters reached approval.
        await Define(1, "ZRZYJ", ["FG-01", "ZR-01", "SJ-01"], ["用地范围图"]);
        await Define(2, "ZJJ", ["ZJ-01"], []);
    }

    async Task Define(int stage, string lead, string[] matters, string[] deferrable)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await Admin.PutAsJsonAsync($"/api/approval/stage-definitions/{stage}",
                new { leadDepartmentCode = lead, matterCodes = matters, deferrable, deferredWorkingDays = 5 });
            if (response.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(await response.Content.ReadAsStringAsync());
            await Task.Delay(100);
        }
    }

    /// <summary>A department's approver (a token as the edge signs it for such an account).</summary>
    public HttpClient Approver(string department) => As($"approver-{department}", Roles.Approver, department);

    public HttpClient As(string username, string role, string? department = null) =>
        Host.ClientAs(username, role, department);

    async Task<HttpClient> SignedIn(string username)
    {
        var client = Host.CreateClient();
        return client.WithToken(await client.SignInAsync(username));
    }

    public async Task RegisterProjectAsync(string code = ProjectCode, string? agent = "agent01")
    {
        var response = await Owner.PostAsJsonAsync("/api/approval/projects", new
        {
            code,
            name = "示例产业园一期",
            applicantName = "示例科技有限公司",
            applicantCreditCode = CreditCode,
            investmentKind = "enterprise",
            location = "成都市郫都区",
            agentAccount = agent,
        });
        response.EnsureSuccessStatusCode();
    }

    public static object[] Materials(params (string Name, string Status)[] checks) =>
        checks.Select(c => (object)new { name = c.Name, status = c.Status }).ToArray();

    public static readonly object[] Stage1Complete = Materials(("项目申请报告", "present"), ("规划选址意见", "present"),
        ("申请表", "present"), ("用地范围图", "present"), ("环境影响报告表", "present"), ("公众参与说明", "present"));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
