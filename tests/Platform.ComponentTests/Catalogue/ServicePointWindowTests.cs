using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Catalogue;

/// <summary>
/// Windows stand in a county or town point; a new window republishes its point with the window numbers.
/// </summary>
public sealed class ServicePointWindowTests : IAsyncLifetime
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
        await _client.PostAsJsonAsync("/api/catalogue/departments", new { code = "MZJ", name = "民政局" });
    }

    Task<HttpResponseMessage> AddWindow(string number, string? pointCode) =>
        _client.PostAsJsonAsync("/api/catalogue/windows",
            new { number, name = "综合窗口", kind = "comprehensive", departmentCodes = new[] { "MZJ" }, pointCode });

    Task<HttpResponseMessage> Register(string code, string level, string? parentCode) =>
        _client.PostAsJsonAsync("/api/catalogue/points", new { code, name = code + "网点", level, parentCode });

    [Fact]
    public async Task Windows_default_to_the_county_hall_may_stand_in_a_town_and_republish_their_point()
    {
        Assert.Equal(HttpStatusCode.Created, (await AddWindow("A01", null)).StatusCode);
        await Register(County, "county", null);
        await Register(Town, "town", County);
        await Register("510181-101-01", "village", Town);
        var harness = _host.Services.GetTestHarness();
        // A window registered before the network belongs to the county hall once the hall is registered.
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p =>
            p.Code == County && p.WindowNumbers.SequenceEqual(["A01"])));

        var second = await AddWindow("A02", null);
        var inTown = await AddWindow("T01", Town);

        var (secondView, townView) = (await second.Content.ReadFromJsonAsync<JsonElement>(),
            await inTown.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(County, secondView.GetProperty("pointCode").GetString());
        Assert.Equal(Town, townView.GetProperty("pointCode").GetString());
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p =>
            p.Code == County && p.WindowNumbers.SequenceEqual(["A01", "A02"])));
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p =>
            p.Code == Town && p.WindowNumbers.SequenceEqual(["T01"]) && p.ParentCode == County));
        var windows = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/windows");
        Assert.All(windows.EnumerateArray(), w => Assert.NotNull(w.GetProperty("pointCode").GetString()));
        var town = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/points/{Town}");
        Assert.Equal(["T01"], town.GetProperty("windowNumbers").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task A_window_in_a_village_or_an_unknown_point_is_refused_in_chinese_and_not_saved()
    {
        await Register(County, "county", null);
        await Register(Town, "town", County);
        await Register("510181-101-01", "village", Town);

        var village = await (await AddWindow("V01", "510181-101-01")).AssertProblemAsync(400, "validation-failed");
        var unknown = await (await AddWindow("X01", "NO-SUCH")).AssertProblemAsync(400, "validation-failed");

        Assert.Contains("村级代办点，不设窗口", village.GetProperty("detail").GetString());
        Assert.Contains("服务网点 NO-SUCH 不存在", unknown.GetProperty("detail").GetString());
        var windows = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/windows");
        Assert.Equal(0, windows.GetArrayLength());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
