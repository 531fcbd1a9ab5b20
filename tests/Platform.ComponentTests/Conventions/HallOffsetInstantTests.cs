using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Intake;
using Platform.ServiceDefaults;

namespace Platform.ComponentTests.Conventions;

/// <summary>Every instant in a JSON answer is written in the hall's offset (+08:00); any offset is read.</summary>
public sealed class HallOffsetInstantTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Instants_stored_in_utc_are_answered_in_hall_time()
    {
        _hall.Host.Clock.Set("2025-06-03T01:30:00Z");
        var caseNo = await _hall.AcceptAsync();

        var view = await _hall.Approver.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        var list = await _hall.Approver.GetFromJsonAsync<JsonElement>("/api/intake/cases");

        Assert.Equal("2025-06-03T09:30:00+08:00", view.GetProperty("acceptedAt").GetString());
        Assert.Equal("2025-06-03T09:30:00+08:00", view.GetProperty("timeline")[0].GetProperty("at").GetString());
        Assert.Equal("2025-06-03T09:30:00+08:00", list.GetProperty("items")[0].GetProperty("acceptedAt").GetString());
    }

    [Theory]
    [InlineData("\"2025-06-03T01:30:00Z\"")]
    [InlineData("\"2025-06-03T09:30:00+08:00\"")]
    [InlineData("\"2025-06-02T21:30:00-04:00\"")]
    public void Any_offset_is_read_as_the_same_instant_and_written_in_hall_time(string json)
    {
        var options = new JsonSerializerOptions();
        ServiceDefaultsExtensions.ConfigureJson(options);

        var instant = JsonSerializer.Deserialize<DateTimeOffset?>(json, options);

        Assert.Equal(DateTimeOffset.Parse("2025-06-03T01:30:00Z", System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal("\"2025-06-03T09:30:00+08:00\"", JsonSerializer.Serialize(instant, options));
    }
}
