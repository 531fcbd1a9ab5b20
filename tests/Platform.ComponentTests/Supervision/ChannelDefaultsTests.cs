using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using static Platform.ComponentTests.Supervision.ChannelCaseSet;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// An older publisher's ApplicationAccepted (without channel, point, level and visits) counts as a window case at the
/// county hall with one visit; a delivery arriving before its acceptance keeps its final count; bad filters are
/// refused with a problem naming them.
/// </summary>
public sealed class ChannelDefaultsTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static readonly DateTimeOffset At = new(2025, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));

    static ApplicationAccepted Old(string caseNo) =>
        new(caseNo, "SB-001", "事项", "RSJ", "promised", 20, 5, "B01", "natural", At, new DateOnly(2025, 10, 16), "2025", false);

    [Fact]
    public async Task An_acceptance_without_the_new_fields_is_a_window_case_at_the_county_hall_with_one_visit()
    {
        await _hall.PublishAsync(Point(County, "县政务服务中心", At));
        await _hall.PublishAsync(Old("OLD-1"));
        // An online case whose delivery (by post, still no visit) arrives first, then its acceptance saying 0 so far.
        await _hall.PublishAsync(new CaseResultDelivered("NEW-1", "post", "SF1234567890", null, At.AddDays(3), 0));
        await _hall.PublishAsync(Old("NEW-1") with { Channel = "online", PointCode = County, Visits = 0 });
        // A window case at the town collected at the window after its acceptance: 2 visits.
        await _hall.PublishAsync(Old("NEW-2") with { PointCode = Town, PointLevel = "town" });
        await _hall.PublishAsync(new CaseResultDelivered("NEW-2", "window", null, null, At.AddDays(5), 2));

        var all = await _hall.GetAsync("/api/supervision/metrics?from=2025-10-01&to=2025-10-31");
        Assert.Equal(3, all.GetProperty("accepted").GetInt32());
        Assert.Equal("""{"window":2,"online":1,"agent":0}""", all.GetProperty("byChannel").GetRawText());
        Assert.Equal(1.0 / 3, all.GetProperty("zeroVisitShare").GetDouble(), 12);
        Assert.Equal(2.0 / 3, all.GetProperty("atMostOneVisitShare").GetDouble(), 12);

        var county = await _hall.GetAsync($"/api/supervision/metrics?from=2025-10-01&to=2025-10-31&point={County}");
        Assert.Equal("""{"window":1,"online":1,"agent":0}""", county.GetProperty("byChannel").GetRawText());
        var countyLevel = await _hall.GetAsync("/api/supervision/metrics?from=2025-10-01&to=2025-10-31&level=county");
        Assert.Equal(2, countyLevel.GetProperty("accepted").GetInt32());
        Assert.Equal(1.0, countyLevel.GetProperty("atMostOneVisitShare").GetDouble());
        var town = await _hall.GetAsync("/api/supervision/metrics?from=2025-10-01&to=2025-10-31&level=town");
        Assert.Equal(0.0, town.GetProperty("atMostOneVisitShare").GetDouble());

        // Nothing accepted: the shares are null, the counts zero.
        var empty = await _hall.GetAsync("/api/supervision/metrics?from=2025-10-01&to=2025-10-31&level=village");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("zeroVisitShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("atMostOneVisitShare").ValueKind);
        Assert.Equal("""{"window":0,"online":0,"agent":0}""", empty.GetProperty("byChannel").GetRawText());

        var points = (await _hall.GetAsync("/api/supervision/rankings/points?from=2025-10-01&to=2025-10-31")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal(2, points[County].GetProperty("accepted").GetInt32());
        Assert.Equal("县政务服务中心", points[County].GetProperty("name").GetString());
        Assert.Equal("县级", points[County].GetProperty("levelLabel").GetString());
        Assert.Equal(JsonValueKind.Null, points[Town].GetProperty("name").ValueKind);
        Assert.Equal("town", points[Town].GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("/api/supervision/metrics?from=2025-10-01&to=2025-10-31&level=city", "level")]
    [InlineData("/api/supervision/series?from=2025-10-01&to=2025-10-31&level=乡", "level")]
    [InlineData("/api/supervision/rankings/points?from=2025-10-01&to=2025-10-31&level=province", "level")]
    [InlineData("/api/supervision/rankings/departments?from=2025-10-01&to=2025-10-31&point=510181-000-000000000000000000000000", "point")]
    public async Task A_bad_point_or_level_is_a_400_problem_naming_it(string path, string field)
    {
        var problem = await (await _hall.Supervisor.GetAsync(path)).AssertProblemAsync(400, "validation-failed");
        Assert.Contains(field, problem.GetRawText());
    }

    [Fact]
    public async Task An_unknown_ranking_dimension_is_still_a_404_and_points_need_a_supervisor()
    {
        await (await _hall.Supervisor.GetAsync("/api/supervision/rankings/counties?from=2025-10-01&to=2025-10-31")).AssertProblemAsync(404);
        var anonymous = _hall.Host.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized,
            (await anonymous.GetAsync("/api/supervision/rankings/points?from=2025-10-01&to=2025-10-31")).StatusCode);
    }
}
