using System.Text.Json;
using static Platform.ComponentTests.Supervision.ChannelCaseSet;

namespace Platform.ComponentTests.Supervision;

/// <summary>DESIGN §5 (with "Channels and visits") computed from the case set alone, and the comparison with the API's JSON.</summary>
public static class ChannelExpected
{
    static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>Every field of /metrics, nested ones by dotted path (byChannel.window).</summary>
    public static Dictionary<string, object?> Metrics(IEnumerable<Case> all, DateOnly from, DateOnly to, Func<Case, bool> filter)
    {
        var rows = all.Where(filter).ToList();
        var accepted = rows.Where(r => r.Accepted >= from && r.Accepted <= to).ToList();
        var completed = rows.Where(r => r.Completed >= from && r.Completed <= to).ToList();
        var onTime = completed.Count(r => r.OnTime);
        var spot = completed.Count(r => r.OnTheSpot);
        return new()
        {
            ["accepted"] = accepted.Count,
            ["instantAccepted"] = accepted.Count(r => r.Matter.Instant),
            ["instantShare"] = Rate(accepted.Count(r => r.Matter.Instant), accepted.Count),
            ["completed"] = completed.Count,
            ["onTheSpot"] = spot,
            ["onTheSpotRate"] = Rate(spot, completed.Count),
            ["onTime"] = onTime,
            ["onTimeRate"] = Rate(onTime, completed.Count),
            ["completedLate"] = completed.Count - onTime,
            ["timeSavedWorkingDays"] = completed.Where(r => r.Matter.Statutory is not null).Sum(r => r.Matter.Statutory!.Value - r.Completion!.Used),
            ["averageWorkingDaysUsed"] = Rate(completed.Sum(r => r.Completion!.Used), completed.Count),
            ["openOverdue"] = rows.Count(r => r.Accepted <= to && (r.Completed is null || r.Completed > to) && r.Due < to),
            ["byChannel.window"] = accepted.Count(r => r.EffectiveChannel == "window"),
            ["byChannel.online"] = accepted.Count(r => r.EffectiveChannel == "online"),
            ["byChannel.agent"] = accepted.Count(r => r.EffectiveChannel == "agent"),
            ["zeroVisitShare"] = Rate(accepted.Count(r => r.Visits == 0), accepted.Count),
            ["atMostOneVisitShare"] = Rate(accepted.Count(r => r.Visits <= 1), accepted.Count),
        };
    }

    /// <summary>The point ranking: every published point the filter keeps, and every point a case of the scope names.</summary>
    public static List<Dictionary<string, object?>> PointRows(IReadOnlyList<Case> all, DateOnly from, DateOnly to,
        Func<Case, bool> filter, Func<string, string, bool> keepsPoint)
    {
        var rows = all.Where(filter).ToList();
        var keys = rows.Where(r => (r.Accepted >= from && r.Accepted <= to) || (r.Completed >= from && r.Completed <= to))
            .Select(r => r.PointKey).Union(Published.Where(p => keepsPoint(p.Key, p.Value.Level)).Select(p => p.Key)).Distinct();
        var expected = keys.Select(key =>
        {
            var m = Metrics(rows, from, to, r => r.PointKey == key);
            var level = Published.TryGetValue(key, out var p) ? p.Level : "town";
            return new Dictionary<string, object?>
            {
                ["key"] = key,
                ["name"] = Published.TryGetValue(key, out var q) ? q.Name : null,
                ["level"] = level,
                ["levelLabel"] = level switch { "county" => "县级", "town" => "镇级", _ => "村级" },
                ["accepted"] = m["accepted"],
                ["completed"] = m["completed"],
                ["onTheSpotRate"] = m["onTheSpotRate"],
                ["onTimeRate"] = m["onTimeRate"],
                ["timeSavedWorkingDays"] = m["timeSavedWorkingDays"],
                ["byChannel.window"] = m["byChannel.window"],
                ["byChannel.online"] = m["byChannel.online"],
                ["byChannel.agent"] = m["byChannel.agent"],
                ["zeroVisitShare"] = m["zeroVisitShare"],
                ["atMostOneVisitShare"] = m["atMostOneVisitShare"],
            };
        });
        return expected.OrderByDescending(r => (double?)r["onTimeRate"] ?? -1).ThenByDescending(r => (double?)r["onTheSpotRate"] ?? -1)
            .ThenBy(r => (string)r["key"]!).ToList();
    }

    public static void AssertMatches(Dictionary<string, object?> expected, JsonElement actual, string what)
    {
        foreach (var (field, value) in expected)
        {
            var got = field.Split('.').Aggregate(actual, (e, name) => e.GetProperty(name));
            switch (value)
            {
                case null: Assert.True(got.ValueKind == JsonValueKind.Null, $"{what} {field}: expected null, got {got}"); break;
                case int count: Assert.True(got.ValueKind == JsonValueKind.Number && count == got.GetInt32(), $"{what} {field}: expected {count}, got {got}"); break;
                case double rate: Assert.True(got.ValueKind == JsonValueKind.Number && Math.Abs(rate - got.GetDouble()) < 1e-12, $"{what} {field}: expected {rate}, got {got}"); break;
                case string text: Assert.True(text == got.GetString(), $"{what} {field}: expected {text}, got {got}"); break;
            }
        }
    }
}
