using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Catalogue;

/// <summary>The 镇村代办项目目录: a matter's intake levels from the CSV, on the guide, the list and the event.</summary>
public sealed class ServicePointMatterLevelTests : IAsyncLifetime
{
    const string Header = "code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,"
        + "promisedLimitDays,intakeLevels";

    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _client = _host.CreateClient();
        _client.WithToken(await _client.SignInAsync("catalogue01"));
    }

    Task<HttpResponseMessage> Import(params string[] rows) =>
        _client.PostAsync("/api/catalogue/matters/import",
            new StringContent(string.Join('\n', [Header, .. rows]), Encoding.UTF8, "text/csv"));

    async Task<string[]> Levels(string code)
    {
        var guide = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/matters/{code}");
        return guide.GetProperty("intakeLevels").EnumerateArray().Select(l => l.GetString()!).ToArray();
    }

    async Task<string[]> CodesAt(string level)
    {
        var page = await _host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/catalogue/matters?level={level}");
        return page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToArray();
    }

    [Fact]
    public async Task Both_spellings_and_every_separator_are_read_and_the_county_hall_is_always_added()
    {
        var response = await Import(
            "MZ-01,最低生活保障审核确认,20,MZJ,民政局,promised,30,20,county;town;village",
            "MZ-02,殡葬补贴申领,20,MZJ,民政局,instant,,0,村、镇",
            "MZ-03,养老服务补贴,20,MZJ,民政局,promised,20,10,镇级|县级",
            "MZ-04,婚姻登记,20,MZJ,民政局,instant,,0,",
            "MZ-05,特困供养,20,MZJ,民政局,promised,30,20,town");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["county", "town", "village"], await Levels("MZ-01"));
        Assert.Equal(["county", "town", "village"], await Levels("MZ-02"));
        Assert.Equal(["county", "town"], await Levels("MZ-03"));
        Assert.Equal(["county"], await Levels("MZ-04"));
        Assert.Equal(["county", "town"], await Levels("MZ-05"));

        var harness = _host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<MatterPublished>(m =>
            m.Code == "MZ-02" && m.IntakeLevels!.SequenceEqual(["county", "town", "village"])));
        Assert.True(await harness.PublishedAsync<MatterPublished>(m =>
            m.Code == "MZ-04" && m.IntakeLevels!.SequenceEqual(["county"])));
    }

    [Fact]
    public async Task A_bad_level_is_named_with_its_row_and_the_file_is_not_imported()
    {
        var response = await Import(
            "MZ-01,最低生活保障审核确认,20,MZJ,民政局,promised,30,20,county;town",
            "MZ-02,殡葬补贴申领,20,MZJ,民政局,instant,,0,村;乡",
            "MZ-03,养老服务补贴,20,MZJ,民政局,promised,20,10,province");

        var problem = await response.AssertProblemAsync(400, "import-rejected");
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (
            Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(),
            Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([(3, "intakeLevels"), (4, "intakeLevels")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("办理层级“乡”无法识别", errors[0].Message);
        Assert.Contains("办理层级“province”无法识别", errors[1].Message);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_level_filter_lists_what_a_town_or_village_may_take_in()
    {
        await Import(
            "MZ-01,最低生活保障审核确认,20,MZJ,民政局,promised,30,20,county;town;village",
            "MZ-02,婚姻登记,20,MZJ,民政局,instant,,0,",
            "RS-01,失业保险金申领,20,RSJ,人力资源和社会保障局,promised,20,10,县;镇");

        Assert.Equal(["MZ-01", "RS-01"], await CodesAt("town"));
        Assert.Equal(["MZ-01"], await CodesAt("village"));
        Assert.Equal(["MZ-01", "MZ-02", "RS-01"], await CodesAt("county"));
        var paged = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters?level=town&pageSize=1&page=2");
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Equal("RS-01", paged.GetProperty("items")[0].GetProperty("code").GetString());
        Assert.Equal(2, paged.GetProperty("items")[0].GetProperty("intakeLevels").GetArrayLength());
        var bad = await (await _client.GetAsync("/api/catalogue/matters?level=province")).AssertProblemAsync(400);
        Assert.Contains("办理层级应为", bad.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_draft_takes_levels_as_json_and_an_unknown_level_is_refused()
    {
        var matter = new Dictionary<string, object?>
        {
            ["code"] = "MZ-10",
            ["name"] = "高龄津贴申领",
            ["type"] = "20",
            ["departmentCode"] = "MZJ",
            ["departmentName"] = "民政局",
            ["handlingKind"] = "promised",
            ["statutoryLimitDays"] = 20,
            ["promisedLimitDays"] = 10,
            ["intakeLevels"] = new[] { "village" },
        };
        var created = await _client.PostAsJsonAsync("/api/catalogue/matters", matter);
        created.EnsureSuccessStatusCode();
        await _client.PostAsync("/api/catalogue/matters/MZ-10/publish", null);
        Assert.Equal(["county", "village"], await Levels("MZ-10"));

        matter["code"] = "MZ-11";
        matter["intakeLevels"] = new[] { "county", "省" };
        var refused = await (await _client.PostAsJsonAsync("/api/catalogue/matters", matter)).AssertProblemAsync(400);
        Assert.Contains("办理层级“省”无法识别", refused.GetProperty("detail").GetString());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
