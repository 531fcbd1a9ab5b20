using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Intake;

/// <summary>
/// The standalone host with a small catalogue published through the catalogue's import and carried to intake's read
/// model by the bus, plus signed-in clients for the window, the approver (市场监督管理局), an applicant and admin.
/// </summary>
public sealed class IntakeScenario(IReadOnlyDictionary<string, string>? settings = null, bool hostClock = false)
    : IAsyncLifetime
{
    public const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5,食品经营许可申请书;营业执照|复印件;食品安全管理制度|选填
        SC-002,个体工商户登记,01,SCJGJ,市场监督管理局,instant,15,0,个体工商户登记申请书;经营者身份证明|复印件
        JT-001,道路货物运输经营许可,01,JTJ,交通运输局,promised,20,10,申请表
        MZ-001,婚姻登记档案查询,20,MZJ,民政局,instant,,0,身份证明
        GJ-001,住房公积金个人住房贷款,20,GJJ,住房公积金管理中心,promised,,7,贷款申请表
        """;

    /// <summary>GB 11643's own example: a valid resident identity number ending in X.</summary>
    public const string ResidentId = "11010519491231002X";
    public const string CreditCode = "91350100M000100Y43";

    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Window { get; private set; } = null!;
    public HttpClient Approver { get; private set; } = null!;
    public HttpClient Applicant { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Supervisor { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();

    public async Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path, settings, hostClock);
        Window = await SignedIn("window01");
        Approver = await SignedIn("approver01");
        Applicant = await SignedIn("applicant01");
        Admin = await SignedIn("admin");
        Anonymous = Host.CreateClient();
        Supervisor = await SignedIn("supervisor01");
        var catalogue = await SignedIn("catalogue01");
        (await catalogue.PostAsync("/api/catalogue/matters/import", new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var published = Catalogue.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        while ((await Window.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() < published)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("intake did not receive the published matters");
            await Task.Delay(100);
        }
    }

    async Task<HttpClient> SignedIn(string username)
    {
        var client = Host.CreateClient();
        return client.WithToken(await client.SignInAsync(username));
    }

    public static object Person(string id = ResidentId, string phone = "13800138000") =>
        new { type = "natural", name = "张三", idNumber = id, phone };

    public static object[] Materials(params (string Name, string Status)[] checks) =>
        checks.Select(c => (object)new { name = c.Name, status = c.Status }).ToArray();

    public static readonly object[] AllPresentSc001 = Materials(("食品经营许可申请书", "present"), ("营业执照", "present"), ("食品安全管理制度", "present"));

    public Task<HttpResponseMessage> Submit(object body) => Window.PostAsJsonAsync("/api/intake/applications", body);

    /// <summary>Accepts SC-001 (promised 5 working days) for a person at the hall's current time; returns the case number.</summary>
    public async Task<string> AcceptAsync(string matter = "SC-001", object? materials = null)
    {
        var response = await Submit(new { matterCode = matter, windowNo = "A01", applicant = Person(), materials = materials ?? AllPresentSc001, outcome = "accept" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
