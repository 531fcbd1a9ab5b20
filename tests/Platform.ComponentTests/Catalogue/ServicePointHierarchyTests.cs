using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Catalogue;

/// <summary>The three-level network: who may sit under whom, what each refusal says, and what is published.</summary>
public sealed class ServicePointHierarchyTests : IAsyncLifetime
{
    const string County = "510181-000";
    const string Town = "510181-101";
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _client = _host.CreateClient();
        _client.WithToken(await _client.SignInAsync("catalogue01"));
    }

    Task<HttpResponseMessage> Register(string code, string level, string? parentCode, string name = "网点") =>
        _client.PostAsJsonAsync("/api/catalogue/points",
            new { code, name, level, parentCode, address = "人民路 1 号", hours = "工作日 9:00-17:00", phone = "12345" });

    async Task<List<string>> Codes()
    {
        var points = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/points");
        return points.EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
    }

    async Task RegisterNetwork()
    {
        Assert.Equal(HttpStatusCode.Created, (await Register(County, "county", null, "县政务服务中心")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Register(Town, "town", County, "城关镇便民服务中心")).StatusCode);
    }

    [Fact]
    public async Task A_network_is_registered_listed_county_first_and_published_through_the_outbox()
    {
        await RegisterNetwork();
        var village = await Register("510181-101-01", "村", Town, "东风村便民代办点");
        Assert.Equal(HttpStatusCode.Created, village.StatusCode);
        Assert.Equal("/api/catalogue/points/510181-101-01", village.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Created, (await Register("510181-100", "town", County, "河东街道")).StatusCode);

        Assert.Equal([County, "510181-100", Town, "510181-101-01"], await Codes());
        var anonymous = _host.CreateClient();
        var villages = await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/points?level=village");
        var only = Assert.Single(villages.EnumerateArray());
        Assert.Equal("village", only.GetProperty("level").GetString());
        Assert.Equal("村级", only.GetProperty("levelLabel").GetString());
        Assert.Equal(Town, only.GetProperty("parentCode").GetString());
        var town = await anonymous.GetFromJsonAsync<JsonElement>($"/api/catalogue/points/{Town}");
        Assert.Equal("镇级", town.GetProperty("levelLabel").GetString());
        Assert.Equal("人民路 1 号", town.GetProperty("address").GetString());

        var harness = _host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p => p.Code == "510181-101-01"
            && p.Level == "village" && p.ParentCode == Town && p.Name == "东风村便民代办点" && p.Hours != null));
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p => p.Code == County && p.ParentCode == null));
    }

    [Fact]
    public async Task Each_break_of_the_hierarchy_is_a_chinese_400_and_nothing_is_saved()
    {
        await RegisterNetwork();

        var cases = new (string Code, string Level, string? Parent, string Says)[]
        {
            ("T-NOPARENT", "town", null, "镇级网点的上级必须是县级网点"),
            ("T-UNDERTOWN", "town", Town, "是镇级网点"),
            ("V-NOPARENT", "village", null, "村级网点的上级必须是一个镇级网点"),
            ("V-UNDERCOUNTY", "village", County, "是县级网点"),
            ("V-UNKNOWN", "village", "NO-SUCH", "上级网点 NO-SUCH 不存在"),
            ("C-WITHPARENT", "county", County, "不能有上级网点"),
        };
        foreach (var (code, level, parent, says) in cases)
        {
            var problem = await (await Register(code, level, parent)).AssertProblemAsync(400, "validation-failed");
            var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
            Assert.Equal("parentCode", error.GetProperty("field").GetString());
            Assert.Contains(says, error.GetProperty("message").GetString());
        }
        var badFields = await (await Register("县中心", "province", null, "")).AssertProblemAsync(400);
        var fields = badFields.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.Equal(["code", "level", "name"], fields.Order());
        Assert.Contains("网点编码必填", badFields.GetProperty("detail").GetString());
        await (await Register(new string('A', 33), "town", County)).AssertProblemAsync(400, "validation-failed");

        Assert.Equal([County, Town], await Codes());
    }

    [Fact]
    public async Task A_second_county_hall_and_a_taken_code_are_conflicts()
    {
        await RegisterNetwork();

        var second = await (await Register("510182-000", "county", null)).AssertProblemAsync(409, "county-point-exists");
        Assert.Contains("县级网点只能有一个", second.GetProperty("detail").GetString());
        var taken = await (await Register(Town, "town", County)).AssertProblemAsync(409, "point-exists");
        Assert.Contains("已登记为“城关镇便民服务中心”", taken.GetProperty("detail").GetString());
        Assert.Equal([County, Town], await Codes());
    }

    [Fact]
    public async Task A_change_keeps_code_level_and_parent_and_is_published()
    {
        await RegisterNetwork();

        var response = await _client.PutAsJsonAsync($"/api/catalogue/points/{Town}",
            new
            {
                name = "城关镇便民服务中心（新址）",
                address = "建设路 12 号",
                hours = "周一至周六",
                phone = (string?)null
            });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("town", view.GetProperty("level").GetString());
        Assert.Equal(County, view.GetProperty("parentCode").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("phone").ValueKind);
        Assert.True(await _host.Services.GetTestHarness().PublishedAsync<ServicePointPublished>(p =>
            p.Code == Town && p.Name == "城关镇便民服务中心（新址）" && p.Address == "建设路 12 号" && p.Phone == null));

        await (await _client.PutAsJsonAsync("/api/catalogue/points/NO-SUCH", new { name = "x" }))
            .AssertProblemAsync(404, "point-not-found");
        var blank = await (await _client.PutAsJsonAsync($"/api/catalogue/points/{Town}", new { name = " " }))
            .AssertProblemAsync(400, "validation-failed");
        Assert.Contains("网点名称必填", blank.GetProperty("detail").GetString());
        var kept = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/points/{Town}");
        Assert.Equal("城关镇便民服务中心（新址）", kept.GetProperty("name").GetString());
        await (await _host.CreateClient().GetAsync("/api/catalogue/points/NO-SUCH")).AssertProblemAsync(404);
        await (await _host.CreateClient().GetAsync("/api/catalogue/points?level=省级")).AssertProblemAsync(400);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
