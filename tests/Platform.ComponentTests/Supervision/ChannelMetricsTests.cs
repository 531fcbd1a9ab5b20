using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using static Platform.ComponentTests.Supervision.ChannelCaseSet;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// Channels and visits (DESIGN §5): a randomised set of acceptances, completions, deliveries and service points
/// published straight onto supervision's bus — half the deliveries before their acceptances, a few messages delivered
/// twice, an older publication of a point after the newer — and every new figure and the point/level-filtered §5
/// figures compared with the ones computed from the set.
/// </summary>
public sealed class ChannelMetricsTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();
    static readonly DateTimeOffset PublishedAt = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    /// <summary>Publishes every message under its own id, then waits until supervision's inbox holds them all.</summary>
    async Task PublishAllAsync(IEnumerable<(object Message, Guid Id)> messages)
    {
        var bus = _hall.Host.Services.GetRequiredService<IBus>();
        var ids = new List<Guid>();
        foreach (var (message, id) in messages)
        {
            await bus.Publish(message, message.GetType(), context => context.MessageId = id);
            ids.Add(id);
        }
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await using var scope = _hall.Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            var consumed = await db.Set<InboxMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId)
                .Distinct().CountAsync();
            if (consumed == ids.Count) return;
            Assert.True(DateTime.UtcNow < deadline, $"supervision consumed {consumed} of {ids.Count} messages");
            await Task.Delay(200);
        }
    }

    async Task<ChannelCaseSet> TellAsync()
    {
        var set = new ChannelCaseSet(20261202, 260);
        var random = new Random(7);
        var accepted = set.Cases.ToDictionary(c => c.CaseNo, c => (Message: Accepted(c), Id: NewId.NextGuid()));
        var delivered = set.Cases.Where(c => c.Delivery is not null).ToDictionary(c => c.CaseNo, c => (Message: Delivered(c), Id: NewId.NextGuid()));
        var completed = set.Cases.Where(c => c.Completion is not null).Select(c => ((object)Completed(c), NewId.NextGuid()));
        var points = Published.Select(p => ((object)Point(p.Key, p.Value.Name, PublishedAt), NewId.NextGuid()));

        // Half the deliveries (with their final visit counts) first, then everything else shuffled.
        var early = delivered.Where((_, i) => i % 2 == 0).Select(d => ((object)d.Value.Message, d.Value.Id)).ToList();
        await PublishAllAsync(early.Concat(points));
        var rest = accepted.Values.Select(a => ((object)a.Message, a.Id)).Concat(completed)
            .Concat(delivered.Values.Select(d => ((object)d.Message, d.Id)).Except(early)).OrderBy(_ => random.Next()).ToList();
        await PublishAllAsync(rest);

        // Redeliveries under the same ids (the inbox skips them), and an older publication of the town point.
        foreach (var caseNo in delivered.Keys.Take(12))
        {
            await _hall.PublishAsync(accepted[caseNo].Message, accepted[caseNo].Id, times: 2);
            await _hall.PublishAsync(delivered[caseNo].Message, delivered[caseNo].Id, times: 2);
        }
        await _hall.PublishAsync(Point(Town, "旧名称", PublishedAt.AddDays(-10)));
        return set;
    }

    static readonly (string Period, string? Query, Func<Case, bool> Filter)[] Checks =
    [
        ("from=2025-10-01&to=2025-12-31", null, _ => true),
        ("from=2025-10-01&to=2025-10-31", null, _ => true),
        ("from=2025-10-01&to=2025-12-31", "point=" + County, c => c.PointKey == County),
        ("from=2025-11-01&to=2025-11-30", "point=" + County, c => c.PointKey == County),
        ("from=2025-10-01&to=2025-12-31", "point=" + Town, c => c.PointKey == Town),
        ("from=2025-10-10&to=2025-11-20", "point=" + Village1, c => c.PointKey == Village1),
        ("from=2025-10-01&to=2025-12-31", "point=" + Unpublished, c => c.PointKey == Unpublished),
        ("from=2025-10-01&to=2025-12-31", "point=510181-999", _ => false),
        ("from=2025-10-01&to=2025-12-31", "level=county", c => c.Level == "county"),
        ("from=2025-10-01&to=2025-12-31", "level=town", c => c.Level == "town"),
        ("from=2025-10-15&to=2025-11-15", "level=village", c => c.Level == "village"),
        ("from=2025-10-01&to=2025-12-31", "level=village&point=" + Village2, c => c.PointKey == Village2),
        ("from=2025-10-01&to=2025-12-31", "level=town&point=" + Village2, _ => false),
        ("from=2025-10-01&to=2025-12-31", "level=county&department=RSJ", c => c.Level == "county" && c.Matter.Department == "RSJ"),
        ("from=2025-10-01&to=2025-11-30", "point=" + Town + "&matter=SB-001", c => c.PointKey == Town && c.Matter.Code == "SB-001"),
    ];

    [Fact]
    public async Task Every_channel_figure_and_every_point_or_level_filtered_figure_matches_an_independent_computation()
    {
        var set = await TellAsync();
        var all = set.Cases;
        // The set holds what the figures must get right: every channel, old publishers, unpublished points, visits 0, 1, 2, 3.
        Assert.True(all.Count(c => c.OldPublisher) > 20 && all.Count(c => c.PointCode == Unpublished) > 3);
        Assert.Equal([0, 1, 2, 3], all.Select(c => c.Visits).Distinct().Order());
        Assert.Contains(all, c => c.Delivery is { Method: "window" } && c.Visits > c.AcceptedVisits);

        foreach (var (period, query, filter) in Checks)
        {
            var actual = await _hall.GetAsync($"/api/supervision/metrics?{period}" + (query is null ? "" : "&" + query));
            var range = period.Split('&').Select(p => Day(p[(p.IndexOf('=') + 1)..])).ToArray();
            var expected = ChannelExpected.Metrics(all, range[0], range[1], filter);
            ChannelExpected.AssertMatches(expected, actual, $"{period} {query}");
            Console.WriteLine($"{period} {query}: accepted {expected["accepted"]}, byChannel {expected["byChannel.window"]}/"
                + $"{expected["byChannel.online"]}/{expected["byChannel.agent"]}, zero {expected["zeroVisitShare"]:0.0000}, "
                + $"≤1 {expected["atMostOneVisitShare"]:0.0000}, onTime {expected["onTimeRate"]:0.0000}, openOverdue {expected["openOverdue"]}");
        }
        var metrics = await _hall.GetAsync("/api/supervision/metrics?from=2025-10-01&to=2025-10-31");
        Assert.Equal(["from", "to", "accepted", "instantAccepted", "instantShare", "completed", "onTheSpot", "onTheSpotRate",
            "onTime", "onTimeRate", "completedLate", "timeSavedWorkingDays", "averageWorkingDaysUsed", "openOverdue",
            "byChannel", "zeroVisitShare", "atMostOneVisitShare"], metrics.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["window", "online", "agent"], metrics.GetProperty("byChannel").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_point_ranking_series_and_monthly_sheet_match_an_independent_computation()
    {
        var set = await TellAsync();
        var all = set.Cases;
        var rankings = new (string Query, Func<Case, bool> Filter, Func<string, string, bool> Keeps)[]
        {
            ("from=2025-10-01&to=2025-12-31", _ => true, (_, _) => true),
            ("from=2025-10-01&to=2025-10-31", _ => true, (_, _) => true),
            ("from=2025-10-01&to=2025-12-31&level=village", c => c.Level == "village", (_, level) => level == "village"),
            ("from=2025-10-01&to=2025-12-31&level=town", c => c.Level == "town", (_, level) => level == "town"),
            ("from=2025-11-01&to=2025-11-30&point=" + County, c => c.PointKey == County, (code, _) => code == County),
        };
        foreach (var (query, filter, keeps) in rankings)
        {
            var range = query.Split('&').Take(2).Select(p => Day(p[(p.IndexOf('=') + 1)..])).ToArray();
            var expected = ChannelExpected.PointRows(all, range[0], range[1], filter, keeps);
            var actual = (await _hall.GetAsync("/api/supervision/rankings/points?" + query)).EnumerateArray().ToList();
            Assert.Equal(expected.Select(r => r["key"]), actual.Select(r => r.GetProperty("key").GetString()));
            foreach (var (row, got) in expected.Zip(actual))
            {
                ChannelExpected.AssertMatches(row, got, $"{query} {row["key"]}");
                Console.WriteLine($"rankings/points?{query}: {row["key"]} {row["name"]} accepted {row["accepted"]} zero {row["zeroVisitShare"]:0.0000} ≤1 {row["atMostOneVisitShare"]:0.0000}");
            }
        }

        // Departments within a level, and the daily series of one point.
        var byDepartment = (await _hall.GetAsync("/api/supervision/rankings/departments?from=2025-10-01&to=2025-12-31&level=village"))
            .EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("accepted").GetInt32());
        Assert.Equal(all.Where(c => c.Level == "village").GroupBy(c => c.Matter.Department).ToDictionary(g => g.Key, g => g.Count()), byDepartment);
        var series = (await _hall.GetAsync($"/api/supervision/series?from=2025-10-01&to=2025-12-31&granularity=month&point={Town}"))
            .EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => (p.GetProperty("accepted").GetInt32(), p.GetProperty("completed").GetInt32()));
        var town = all.Where(c => c.PointKey == Town).ToList();
        foreach (var month in new[] { "2025-10", "2025-11", "2025-12" })
        {
            var expected = (town.Count(c => $"{c.Accepted:yyyy-MM}" == month), town.Count(c => c.Completed is { } d && $"{d:yyyy-MM}" == month));
            Assert.Equal(expected, series.GetValueOrDefault(month));
        }

        // The monthly report's 服务网点 sheet is October's point ranking.
        var october = ChannelExpected.PointRows(all, Day("2025-10-01"), Day("2025-10-31"), _ => true, (_, _) => true);
        using var workbook = new MemoryStream(await _hall.Supervisor.GetByteArrayAsync("/api/supervision/reports/monthly/2025-10"));
        var sheet = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "服务网点").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(october.Select(r => r["key"]), sheet.Select(r => r["网点编码"]));
        Assert.Equal(october.Select(r => (string?)r["name"]), sheet.Select(r => r["网点名称"] as string));
        Assert.Equal(october.Select(r => Convert.ToDouble(r["accepted"])), sheet.Select(r => Convert.ToDouble(r["受理"])));
        Assert.Equal(october.Select(r => Convert.ToDouble(r["byChannel.agent"])), sheet.Select(r => Convert.ToDouble(r["代办受理"])));
        Assert.Equal(october.Select(r => (double?)r["zeroVisitShare"]), sheet.Select(r => r["零跑动率"] is null ? (double?)null : Convert.ToDouble(r["零跑动率"])));
    }
}
