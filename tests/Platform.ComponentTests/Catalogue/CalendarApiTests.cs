using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;
using Platform.UnitTests.WorkingDays;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Catalogue;

public sealed class CalendarApiTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _client = _host.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_day_endpoint_agrees_with_the_notices_for_every_day_of_2019_to_2026()
    {
        var named = HolidayCnReference.AllNamedDays();
        for (var date = new DateOnly(2019, 1, 1); date <= new DateOnly(2026, 12, 31); date = date.AddDays(1))
        {
            var day = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/calendar/days/{date:yyyy-MM-dd}");
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var (kind, name, working) = named.TryGetValue(date, out var notice)
                ? (notice.IsOffDay ? "holiday" : "makeup-workday", notice.Name, !notice.IsOffDay)
                : (weekend ? "weekend" : "workday", null, !weekend);
            Assert.Equal($"{date:yyyy-MM-dd}", day.GetProperty("date").GetString());
            Assert.Equal(kind, day.GetProperty("kind").GetString());
            Assert.Equal(name, day.GetProperty("name").GetString());
            Assert.Equal(working, day.GetProperty("isWorkingDay").GetBoolean());
        }
    }

    [Fact]
    public async Task Add_and_between_agree_with_the_notices_across_every_month()
    {
        var named = HolidayCnReference.AllNamedDays();
        bool Working(DateOnly d) => named.TryGetValue(d, out var n) ? !n.IsOffDay : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        for (var from = new DateOnly(2019, 1, 3); from < new DateOnly(2026, 11, 1); from = from.AddDays(17))
        {
            var expected = from;
            for (var left = 7; left > 0;)
            {
                expected = expected.AddDays(1);
                if (Working(expected)) left--;
            }
            var added = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/calendar/add?from={from:yyyy-MM-dd}&workingDays=7");
            Assert.Equal($"{expected:yyyy-MM-dd}", added.GetProperty("date").GetString());

            var to = from.AddDays(40);
            var count = Enumerable.Range(1, 40).Count(i => Working(from.AddDays(i)));
            var between = await _client.GetFromJsonAsync<JsonElement>($"/api/catalogue/calendar/between?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            Assert.Equal(count, between.GetProperty("workingDays").GetInt32());
        }
    }

    [Fact]
    public async Task The_design_examples_hold_at_the_api()
    {
        var day = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/days/2025-10-11");
        Assert.Equal("""{"date":"2025-10-11","isWorkingDay":true,"kind":"makeup-workday","name":"国庆节、中秋节"}""", day.GetRawText());
        var add = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/add?from=2025-09-30&workingDays=3");
        Assert.Equal("""{"date":"2025-10-11"}""", add.GetRawText());
        var between = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/between?from=2025-09-30&to=2025-10-11");
        Assert.Equal("""{"workingDays":3}""", between.GetRawText());
        var ordinary = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/days/2025-06-10");
        Assert.Equal(JsonValueKind.Null, ordinary.GetProperty("name").ValueKind);
    }

    [Theory]
    [InlineData("/api/catalogue/calendar/days/2027-03-01")]
    [InlineData("/api/catalogue/calendar/add?from=2026-12-20&workingDays=30")]
    [InlineData("/api/catalogue/calendar/between?from=2018-12-01&to=2019-01-10")]
    public async Task A_year_without_data_gets_a_422_problem(string url)
    {
        var problem = await (await _client.GetAsync(url)).AssertProblemAsync(422, "calendar-year-missing");
        Assert.Contains("年的节假日数据", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/catalogue/calendar/days/2025-13-01")]
    [InlineData("/api/catalogue/calendar/days/10-11-2025")]
    [InlineData("/api/catalogue/calendar/add?from=2025-09-30")]
    [InlineData("/api/catalogue/calendar/add?from=2025-09-30&workingDays=-1")]
    [InlineData("/api/catalogue/calendar/between?from=2025-09-30")]
    public async Task Malformed_questions_get_a_400_problem(string url) =>
        await (await _client.GetAsync(url)).AssertProblemAsync(400, "validation-failed");

    [Fact]
    public async Task An_administrator_loads_a_new_year_which_publishes_a_calendar_change()
    {
        var harness = _host.Services.GetTestHarness();
        _client.WithToken(await _client.SignInAsync("catalogue01"));
        const string year2027 = """
            {"year":2027,"papers":[],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"春节","date":"2027-02-06","isOffDay":true},{"name":"春节","date":"2027-02-07","isOffDay":false}]}
            """;
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/years");

        var response = await _client.PutAsync("/api/catalogue/calendar/years/2027", new StringContent(year2027, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var loaded = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, loaded.GetProperty("holidays").GetInt32());
        var day = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/days/2027-02-07");
        Assert.Equal("makeup-workday", day.GetProperty("kind").GetString());
        var after = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/years");
        Assert.NotEqual(before.GetProperty("version").GetString(), after.GetProperty("version").GetString());
        Assert.Contains(2027, after.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.True(await harness.PublishedAsync<CalendarChanged>(m =>
            m.Year == 2027 && m.Version == after.GetProperty("version").GetString()
            && m.Days.Count == 3));
    }

    [Fact]
    public async Task From_1_November_administrators_are_warned_every_day_that_next_years_notice_is_missing()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path);
        host.Clock.Set("2026-11-02T09:00:00+08:00");
        var client = host.CreateClient().WithToken(await host.CreateClient().SignInAsync("catalogue01"));

        // The watch runs as the catalogue starts, then every Catalogue:NoticeWatchInterval; one warning a day.
        JsonElement alerts;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            alerts = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/alerts");
        }
        while (alerts.GetProperty("alerts").GetArrayLength() == 0 && DateTime.UtcNow < deadline && await Delay());
        Assert.Equal(2027, alerts.GetProperty("missingYear").GetInt32());
        var alert = Assert.Single(alerts.GetProperty("alerts").EnumerateArray());
        Assert.Equal("2026-11-02", alert.GetProperty("date").GetString());
        Assert.Equal(2027, alert.GetProperty("missingYear").GetInt32());
        Assert.Contains("2027 年的节假日安排通知尚未导入", alert.GetProperty("message").GetString());

        host.Clock.Set("2026-10-30T09:00:00+08:00");
        var october = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/alerts");
        Assert.Equal(JsonValueKind.Null, october.GetProperty("missingYear").ValueKind);

        host.Clock.Set("2026-12-02T09:00:00+08:00");
        var notice = """{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("/api/catalogue/calendar/years/2027",
            new StringContent(notice, Encoding.UTF8, "application/json"))).StatusCode);
        var loaded = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/alerts");
        Assert.Equal(JsonValueKind.Null, loaded.GetProperty("missingYear").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/catalogue/calendar/alerts")).StatusCode);
    }

    static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }

    [Fact]
    public async Task A_bad_year_file_is_refused_whole_with_every_problem_and_changes_nothing()
    {
        _client.WithToken(await _client.SignInAsync("admin"));
        const string bad = """{"year":2028,"days":[{"name":"元旦","date":"2028-02-30","isOffDay":true},{"date":"2028-05-01","isOffDay":true}]}""";

        var response = await _client.PutAsync("/api/catalogue/calendar/years/2028", new StringContent(bad, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(400, "calendar-file-invalid");
        Assert.Equal(2, problem.GetProperty("errors").GetArrayLength());
        await (await _client.GetAsync("/api/catalogue/calendar/days/2028-01-03")).AssertProblemAsync(422, "calendar-year-missing");
    }

    [Fact]
    public async Task Loading_a_year_needs_a_catalogue_administrator()
    {
        var body = new StringContent("""{"year":2027,"days":[]}""", Encoding.UTF8, "application/json");
        await (await _client.PutAsync("/api/catalogue/calendar/years/2027", body)).AssertProblemAsync(401);

        _client.WithToken(await _client.SignInAsync("window01"));
        await (await _client.PutAsync("/api/catalogue/calendar/years/2027", body)).AssertProblemAsync(403, "forbidden");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
