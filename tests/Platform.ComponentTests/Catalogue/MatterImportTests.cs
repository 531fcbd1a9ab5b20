using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Catalogue;

public sealed class MatterImportTests : IAsyncLifetime
{
    const string Header = "code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials,onSiteVisits";

    static readonly string GoodFile = string.Join('\n',
        Header,
        "SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5,食品经营许可申请书;营业执照|复印件;食品安全管理制度|选填,1",
        "SC-002,个体工商户登记,07,SCJGJ,市场监督管理局,instant,15,0,个体工商户登记申请书;经营者身份证明|复印件,0",
        "JT-001,道路货物运输经营许可,01,JTJ,交通运输局,承诺件,20,10,申请表;车辆行驶证|复印件|2份,1",
        "MZ-001,婚姻登记证明查询,20,MZJ,民政局,即办件,,0,身份证明,0");

    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _client = _host.CreateClient();
        _client.WithToken(await _client.SignInAsync("catalogue01"));
    }

    Task<HttpResponseMessage> Import(string csv) =>
        _client.PostAsync("/api/catalogue/matters/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task A_file_saved_by_a_chinese_spreadsheet_in_gbk_imports_without_mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = new ByteArrayContent(Encoding.GetEncoding("GBK").GetBytes(GoodFile));
        gbk.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv"); // no charset, as uploaded

        var response = await _client.PostAsync("/api/catalogue/matters/import", gbk);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matter = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/SC-001");
        Assert.Equal("食品经营许可", matter.GetProperty("name").GetString());
        Assert.Equal("市场监督管理局", matter.GetProperty("departmentName").GetString());
    }

    [Fact]
    public async Task A_good_file_imports_publishes_and_the_statistics_follow()
    {
        var response = await Import(GoodFile);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"imported":4,"created":4,"updated":0,"unchanged":0}""", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());

        var statistics = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/statistics");
        Assert.Equal(4, statistics.GetProperty("matters").GetInt32());
        Assert.Equal(0.5, statistics.GetProperty("instantShare").GetDouble());
        // Matters with a statutory limit: (20-5) + (15-0) + (20-10) = 40 over 3 → 13.33; 40 / 55 statutory days.
        Assert.Equal(13.33, statistics.GetProperty("compressionDays").GetDouble());
        Assert.Equal(Math.Round(40 / 55.0, 4), statistics.GetProperty("compressionRate").GetDouble());
        Assert.Equal(1.0, statistics.GetProperty("atMostOneVisitShare").GetDouble());
        Assert.Equal(0.5, statistics.GetProperty("zeroVisitShare").GetDouble());
        Assert.Equal(2, statistics.GetProperty("byType").GetProperty("01").GetInt32());

        var guide = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/JT-001");
        Assert.Equal("promised", guide.GetProperty("handlingKind").GetString());
        Assert.Equal(2, guide.GetProperty("materials")[1].GetProperty("copies").GetInt32());
        Assert.Equal("copy", guide.GetProperty("materials")[1].GetProperty("form").GetString());
        var departments = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/departments");
        Assert.Equal(3, departments.GetArrayLength());

        var harness = _host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<MatterPublished>(m => m.Code == "SC-001"
            && m.PromisedLimitDays == 5 && m.StatutoryLimitDays == 20 && m.Materials.Count == 3));
        Assert.True(await harness.PublishedAsync<MatterPublished>(m => m.Code == "MZ-001" && m.StatutoryLimitDays == null));
        Assert.True(await harness.PublishedAsync<DepartmentRegistered>(m => m.Code == "JTJ"));
    }

    [Fact]
    public async Task Re_importing_changes_nothing_and_a_changed_matter_becomes_a_new_version()
    {
        await Import(GoodFile);

        var again = await (await Import(GoodFile)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("""{"imported":4,"created":0,"updated":0,"unchanged":4}""", again.GetRawText());

        var changed = await (await Import(GoodFile.Replace("promised,20,5,", "promised,20,3,"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("""{"imported":4,"created":0,"updated":1,"unchanged":3}""", changed.GetRawText());
        var guide = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/SC-001");
        Assert.Equal(2, guide.GetProperty("version").GetInt32());
        Assert.Equal(3, guide.GetProperty("promisedLimitDays").GetInt32());
        var versions = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/SC-001/versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.False(string.IsNullOrEmpty(versions[0].GetProperty("effectiveTo").GetString()));
    }

    [Fact]
    public async Task A_file_with_errors_is_rejected_whole_with_every_bad_row_named()
    {
        var bad = string.Join('\n',
            Header,
            "OK-001,建筑工程施工许可,01,ZJJ,住房和城乡建设局,promised,15,7,申请表,1",
            "BAD-1,超时承诺,01,ZJJ,住房和城乡建设局,promised,10,12,申请表,1",
            "BAD-2,即办却有时限,20,MZJ,民政局,instant,5,2,,0",
            "BAD-3,未知类型,99,MZJ,民政局,promised,20,5,,1",
            "BAD-4,办理方式错误,01,MZJ,民政局,sometimes,20,5,,1",
            "OK-001,重复编码,01,ZJJ,住房和城乡建设局,promised,20,5,申请表,1",
            "BAD-6,负时限,01,MZJ,民政局,promised,-3,x,,1",
            "BAD-7,部门名称不一致,01,ZJJ,住建局,promised,20,5,,1");

        var response = await Import(bad);

        var problem = await response.AssertProblemAsync(400, "import-rejected");
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], errors.Select(e => e.Row).Distinct().Order());
        Assert.Contains((3, "promisedLimitDays"), errors);
        Assert.Contains((4, "promisedLimitDays"), errors);
        Assert.Contains((5, "type"), errors);
        Assert.Contains((6, "handlingKind"), errors);
        Assert.Contains((7, "code"), errors);
        Assert.Contains((8, "statutoryLimitDays"), errors);
        Assert.Contains((8, "promisedLimitDays"), errors);
        Assert.Contains((9, "departmentName"), errors);

        var search = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused()
    {
        var problem = await (await Import("code,name\nX,Y")).AssertProblemAsync(400, "import-rejected");
        var missing = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Contains("type", missing);
        Assert.Contains("promisedLimitDays", missing);
    }

    [Fact]
    public async Task Import_needs_a_csv_body_and_a_catalogue_role()
    {
        var json = await _client.PostAsync("/api/catalogue/matters/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        await json.AssertProblemAsync(415, "csv-required");

        var applicant = _host.CreateClient();
        applicant.WithToken(await applicant.SignInAsync("applicant01"));
        var refused = await applicant.PostAsync("/api/catalogue/matters/import", new StringContent(GoodFile, Encoding.UTF8, "text/csv"));
        await refused.AssertProblemAsync(403);
    }

    [Fact]
    public async Task Published_matters_are_searchable_anonymously_by_keyword_department_type_and_kind()
    {
        await Import(GoodFile);
        var anonymous = _host.CreateClient();

        async Task<List<string>> Codes(string query) =>
            (await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/matters" + query)).GetProperty("items")
                .EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();

        Assert.Equal(["SC-001"], await Codes("?keyword=食品"));
        Assert.Equal(["SC-001", "SC-002"], await Codes("?department=SCJGJ"));
        Assert.Equal(["MZ-001"], await Codes("?type=20"));
        Assert.Equal(["MZ-001", "SC-002"], await Codes("?handlingKind=instant"));
        var page = await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/matters?page=2&pageSize=3");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        await (await anonymous.GetAsync("/api/catalogue/matters?pageSize=500")).AssertProblemAsync(400);
        await (await anonymous.GetAsync("/api/catalogue/matters/NO-SUCH")).AssertProblemAsync(404, "matter-not-published");
    }

    [Fact]
    public async Task A_draft_is_invisible_until_published_and_withdrawal_hides_it_again()
    {
        var draft = await _client.PostAsJsonAsync("/api/catalogue/matters", new
        {
            code = "RS-001",
            name = "失业保险金申领",
            type = "20",
            departmentCode = "RSJ",
            departmentName = "人力资源和社会保障局",
            handlingKind = "promised",
            statutoryLimitDays = 10,
            promisedLimitDays = 3,
            materials = new[] { new { name = "身份证明", form = "original", medium = "paper", copies = 1, required = true } },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        await (await _client.GetAsync("/api/catalogue/matters/RS-001")).AssertProblemAsync(404);

        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/catalogue/matters/RS-001/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/catalogue/matters/RS-001")).StatusCode);

        await (await _client.PostAsJsonAsync("/api/catalogue/matters/RS-001/suspend", new { reason = "" })).AssertProblemAsync(400);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsJsonAsync("/api/catalogue/matters/RS-001/suspend", new { reason = "系统升级暂停受理" })).StatusCode);
        await (await _client.GetAsync("/api/catalogue/matters/RS-001")).AssertProblemAsync(404);
        Assert.True(await _host.Services.GetTestHarness().PublishedAsync<MatterWithdrawn>(m =>
            m.Code == "RS-001" && m.Status == "suspended"));

        var invalid = await _client.PostAsJsonAsync("/api/catalogue/matters", new
        {
            code = "RS-002",
            name = "即办件",
            type = "20",
            departmentCode = "RSJ",
            departmentName = "人力资源和社会保障局",
            handlingKind = "instant",
            statutoryLimitDays = 10,
            promisedLimitDays = 3,
        });
        await invalid.AssertProblemAsync(400, "validation-failed");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
