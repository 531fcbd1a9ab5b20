using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Catalogue;

/// <summary>
/// The demo network: the four points of the decisions, the hall's windows in the county hall, the 代办 matters.
/// </summary>
public sealed class ServicePointDemoTests : IDisposable
{
    static readonly Dictionary<string, string> Demo = new() { ["Catalogue:DemoCatalogue:Enabled"] = "true" };
    readonly TempDirectory _data = new();

    [Fact]
    public async Task The_demo_starts_with_the_county_hall_a_town_and_two_villages_and_their_matters()
    {
        await using var host = new StandaloneFactory(_data.Path, Demo);
        var client = host.CreateClient();

        var points = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/points");
        var codes = points.EnumerateArray().Select(p => p.GetProperty("code").GetString());
        Assert.Equal(["510181-000", "510181-101", "510181-101-01", "510181-101-02"], codes);
        Assert.All(points.EnumerateArray(), p =>
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("address").GetString()));
            Assert.False(string.IsNullOrEmpty(p.GetProperty("hours").GetString()));
        });
        var county = points[0];
        Assert.Equal("县政务服务中心", county.GetProperty("name").GetString());
        var windows = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/windows");
        Assert.Equal(windows.GetArrayLength(), county.GetProperty("windowNumbers").GetArrayLength());
        Assert.All(windows.EnumerateArray(), w => Assert.Equal("510181-000", w.GetProperty("pointCode").GetString()));
        Assert.Equal("东风村便民代办点", points[2].GetProperty("name").GetString());
        Assert.Equal("510181-101", points[3].GetProperty("parentCode").GetString());

        var town = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters?level=town&pageSize=100");
        var village = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters?level=village&pageSize=100");
        Assert.InRange(town.GetProperty("total").GetInt32(), 18, 25);
        Assert.InRange(village.GetProperty("total").GetInt32(), 10, town.GetProperty("total").GetInt32());
        var harness = host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<ServicePointPublished>(p => p.Code == "510181-101-02"
            && p.Level == "village" && p.ParentCode == "510181-101"));
        Assert.True(await harness.PublishedAsync<MatterPublished>(m => m.Code == "RSJ-20-009"
            && m.IntakeLevels!.SequenceEqual(["county", "town", "village"])));
    }

    public void Dispose() => _data.Dispose();
}
