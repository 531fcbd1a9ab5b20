using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Catalogue;

public sealed class DemoCatalogueTests : IDisposable
{
    static readonly Dictionary<string, string> Demo = new() { ["Catalogue:DemoCatalogue:Enabled"] = "true" };
    readonly TempDirectory _data = new();

    [Fact]
    public async Task The_standalone_host_starts_with_a_county_catalogue_near_the_seed_figures()
    {
        await using var host = new StandaloneFactory(_data.Path, Demo);
        var client = host.CreateClient();

        var statistics = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/statistics");
        Assert.Equal(244, statistics.GetProperty("matters").GetInt32());
        Assert.Equal(156, statistics.GetProperty("byType").GetProperty("01").GetInt32());
        Assert.Equal(88, statistics.GetProperty("byType").GetProperty("20").GetInt32());
        Assert.InRange(statistics.GetProperty("instantShare").GetDouble(), 0.27, 0.32);
        Assert.InRange(statistics.GetProperty("compressionDays").GetDouble(), 17.0, 18.0);

        var departments = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/departments");
        Assert.Equal(40, departments.GetArrayLength());
        Assert.All(departments.EnumerateArray(), d => Assert.True(d.GetProperty("publishedMatters").GetInt32() > 0));
        var windows = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/windows");
        Assert.Contains(windows.EnumerateArray(), w => w.GetProperty("kind").GetString() == "comprehensive");
        Assert.Contains(windows.EnumerateArray(), w => w.GetProperty("kind").GetString() == "department");

        var guide = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/SCJGJ-01-001");
        Assert.Equal("食品经营许可", guide.GetProperty("name").GetString());
        Assert.NotEmpty(guide.GetProperty("legalBasis").GetString()!);
        Assert.True(guide.GetProperty("materials").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task A_restart_does_not_load_the_demo_catalogue_twice()
    {
        await using (var first = new StandaloneFactory(_data.Path, Demo))
        {
            await first.CreateClient().GetAsync("/health/ready");
        }
        await using var second = new StandaloneFactory(_data.Path, Demo);
        var statistics = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalogue/statistics");

        Assert.Equal(244, statistics.GetProperty("matters").GetInt32());
    }

    public void Dispose() => _data.Dispose();
}
