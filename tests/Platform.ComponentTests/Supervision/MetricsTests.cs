using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;
using Platform.UnitTests.WorkingDays;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// A few hundred historical cases around the 2025 National Day holiday go into intake; supervision's figures, built
/// from intake's events alone, must equal the figures this test computes itself from the CSV and the notices.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    sealed record Matter(string Code, string Department, bool Instant, int? Statutory, int Promised);
    sealed record Row(string CaseNo, Matter Matter, DateOnly Accepted, DateOnly? Completed, int Suspended, string Window);

    static readonly Matter[] Matters =
    [
        new("SC-001", "SCJGJ", false, 20, 5), new("SC-002", "SCJGJ", true, 15, 0), new("JT-001", "JTJ", false, 20, 10),
        new("MZ-001", "MZJ", true, null, 0), new("GJ-001", "GJJ", false, null, 7),
    ];

    static readonly Dictionary<DateOnly, (string Name, bool IsOffDay)> Notices = HolidayCnReference.AllNamedDays();

    static bool Working(DateOnly d) => Notices.TryGetValue(d, out var n) ? !n.IsOffDay : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    static int Between(DateOnly a, DateOnly b) => Enumerable.Range(1, Math.Max(0, b.DayNumber - a.DayNumber)).Count(i => Working(a.AddDays(i)));
    static DateOnly Add(DateOnly a, int n) { var d = a; while (n > 0) { d = d.AddDays(1); if (Working(d)) n--; } return d; }

    static List<Row> Generate()
    {
        var random = new Random(20251001);
        var rows = new List<Row>();
        var day = new DateOnly(2025, 9, 15);
        for (var i = 1; rows.Count < 320; i++)
        {
            var accepted = day.AddDays(random.Next(0, 46));
            if (!Working(accepted)) continue;
            var matter = Matters[random.Next(Matters.Length)];
            var roll = random.Next(100);
            DateOnly? completed = matter.Instant
                ? (roll < 80 ? accepted : roll < 95 ? Add(accepted, random.Next(1, 3)) : null)
                : (roll < 12 ? null : Add(accepted, random.Next(0, matter.Promised + 6)));
            var suspended = !matter.Instant && roll % 5 == 0 ? random.Next(1, 4) : 0;
            rows.Add(new Row($"M{i:D5}", matter, accepted, completed, suspended, $"A0{random.Next(1, 5)}"));
        }
        return rows;
    }

    static string Csv(IEnumerable<Row> rows)
    {
        var text = new StringBuilder("caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,windowNo,result\n");
        foreach (var r in rows)
        {
            var completed = r.Completed is { } c ? $"{c:yyyy-MM-dd}T16:30:00+08:00" : "";
            text.Append($"{r.CaseNo},{r.Matter.Code},{r.Accepted:yyyy-MM-dd}T09:30:00+08:00,{completed},{r.Suspended},{r.Window},{(r.Completed is null ? "" : "approved")}\n");
        }
        return text.ToString();
    }

    /// <summary>DESIGN §5 computed here, independently of the services.</summary>
    static Dictionary<string, object?> Expected(IReadOnlyList<Row> all, DateOnly from, DateOnly to, Func<Row, bool> filter)
    {
        var rows = all.Where(filter).ToList();
        var accepted = rows.Where(r => r.Accepted >= from && r.Accepted <= to).ToList();
        var completed = rows.Where(r => r.Completed >= from && r.Completed <= to).ToList();
        int Used(Row r) => Math.Max(0, Between(r.Accepted, r.Completed!.Value) - r.Suspended);
        var onTime = completed.Count(r => Used(r) <= r.Matter.Promised);
        var spot = completed.Count(r => r.Completed == r.Accepted);
        double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
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
            ["timeSavedWorkingDays"] = completed.Where(r => r.Matter.Statutory is not null).Sum(r => r.Matter.Statutory!.Value - Used(r)),
            ["averageWorkingDaysUsed"] = Rate(completed.Sum(Used), completed.Count),
            ["openOverdue"] = rows.Count(r => r.Accepted <= to && (r.Completed is null || r.Completed > to)
                && Add(r.Accepted, r.Matter.Promised + r.Suspended) < to),
        };
    }

    [Fact]
    public async Task Every_metric_field_matches_an_independent_computation_for_several_periods_and_scopes()
    {
        var rows = Generate();
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(Csv(rows), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var completedTotal = rows.Count(r => r.Completed is not null);
        var whole = Expected(rows, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), _ => true);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement all;
        // Every acceptance and completion consumed: a case's completion may arrive before its acceptance, which alone
        // tells whether the matter is instant, so the instant count is waited for too.
        do
        {
            await Task.Delay(200);
            all = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-01-01&to=2025-12-31");
        } while ((all.GetProperty("accepted").GetInt32() < rows.Count || all.GetProperty("completed").GetInt32() < completedTotal
                  || all.GetProperty("instantAccepted").GetInt32() < (int)whole["instantAccepted"]!) && DateTime.UtcNow < deadline);

        // The data holds what the figures must get right: late, on-the-spot, still-open overdue and suspended cases.
        Assert.True((int)whole["completedLate"]! > 10 && (int)whole["onTheSpot"]! > 10 && (int)whole["openOverdue"]! > 10);
        Assert.Contains(rows, r => r.Suspended > 0 && r.Completed > new DateOnly(2025, 10, 8) && r.Accepted < new DateOnly(2025, 10, 1));

        var checks = new (string From, string To, string? Query, Func<Row, bool> Filter)[]
        {
            ("2025-01-01", "2025-12-31", null, _ => true),
            ("2025-09-15", "2025-09-30", null, _ => true),
            ("2025-09-29", "2025-10-12", null, _ => true),
            ("2025-10-01", "2025-10-08", null, _ => true),
            ("2025-10-09", "2025-10-31", "department=SCJGJ", r => r.Matter.Department == "SCJGJ"),
            ("2025-09-15", "2025-10-31", "department=JTJ", r => r.Matter.Department == "JTJ"),
            ("2025-09-20", "2025-10-20", "window=A02", r => r.Window == "A02"),
            ("2025-09-15", "2025-11-30", "matter=GJ-001", r => r.Matter.Code == "GJ-001"),
        };
        foreach (var (from, to, query, filter) in checks)
        {
            var actual = await _hall.Supervisor.GetFromJsonAsync<JsonElement>($"/api/supervision/metrics?from={from}&to={to}" + (query is null ? "" : "&" + query));
            var expected = Expected(rows, DateOnly.Parse(from), DateOnly.Parse(to), filter);
            Assert.Equal(from, actual.GetProperty("from").GetString());
            foreach (var (field, value) in expected)
            {
                var got = actual.GetProperty(field);
                switch (value)
                {
                    case null: Assert.True(got.ValueKind == JsonValueKind.Null, $"{from}..{to} {query} {field}: expected null, got {got}"); break;
                    case int count: Assert.True(count == got.GetInt32(), $"{from}..{to} {query} {field}: expected {count}, got {got}"); break;
                    case double rate: Assert.True(Math.Abs(rate - got.GetDouble()) < 1e-12, $"{from}..{to} {query} {field}: expected {rate}, got {got}"); break;
                }
            }
        }
    }

    [Fact]
    public async Task Metrics_need_a_supervisor_and_a_valid_period()
    {
        await (await _hall.Window.GetAsync("/api/supervision/metrics?from=2025-01-01&to=2025-12-31")).AssertProblemAsync(403);
        await (await _hall.Supervisor.GetAsync("/api/supervision/metrics?from=2025-12-31&to=2025-01-01")).AssertProblemAsync(400);
        await (await _hall.Supervisor.GetAsync("/api/supervision/metrics?from=2025/01/01&to=2025-12-31")).AssertProblemAsync(400);
        var empty = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2030-01-01&to=2030-01-31");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("onTimeRate").ValueKind);
        Assert.Equal(0, empty.GetProperty("accepted").GetInt32());
    }
}
