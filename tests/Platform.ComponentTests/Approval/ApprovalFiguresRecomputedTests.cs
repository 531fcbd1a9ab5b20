using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.UnitTests.WorkingDays;

namespace Platform.ComponentTests.Approval;

/// <summary>
/// A few hundred historical stages around the 2025 National Day holiday go into approval's import; supervision's
/// parallel-approval figures, built from approval's events alone, must equal the figures this test computes itself
/// from the CSV, the notices and the DESIGN §5/§6 definitions.
/// </summary>
public sealed class ApprovalFiguresRecomputedTests : IAsyncLifetime
{
    readonly ImportScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    sealed record Matter(string Code, string Department, int? Statutory, int Promised);
    sealed record TaskRow(Matter Matter, DateOnly? Completed);
    sealed record StageRow(string Project, int Stage, DateOnly Accepted, int Suspended, List<TaskRow> Tasks)
    {
        public bool Complete => Tasks.All(t => t.Completed is not null);
        public DateOnly? Completed => Complete ? Tasks.Max(t => t.Completed) : null;
    }

    static readonly Matter[] Matters =
    [
        new("FG-001", "FGJ", 20, 4), new("ZR-001", "ZRZYJ", 20, 4), new("SJ-001", "SJJ", 30, 4),
        new("ZJ-001", "ZJJ", 7, 3), new("QX-001", "QXJ", null, 2),
    ];

    static readonly Dictionary<DateOnly, (string Name, bool IsOffDay)> Notices = HolidayCnReference.AllNamedDays();

    static bool Working(DateOnly d) => Notices.TryGetValue(d, out var n) ? !n.IsOffDay : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    static int Between(DateOnly a, DateOnly b) => Enumerable.Range(1, Math.Max(0, b.DayNumber - a.DayNumber)).Count(i => Working(a.AddDays(i)));
    static DateOnly Add(DateOnly a, int n) { var d = a; while (n > 0) { d = d.AddDays(1); if (Working(d)) n--; } return d; }

    static List<StageRow> Generate()
    {
        var random = new Random(20251008);
        var stages = new List<StageRow>();
        for (var project = 1; stages.Count < 240; project++)
        {
            foreach (var stage in Enumerable.Range(1, 4).Where(_ => random.Next(3) > 0))
            {
                var accepted = new DateOnly(2025, 9, 10).AddDays(random.Next(0, 50));
                if (!Working(accepted)) continue;
                var suspended = random.Next(10) < 3 ? random.Next(1, 4) : 0;
                var tasks = Matters.OrderBy(_ => random.Next()).Take(random.Next(1, Matters.Length + 1))
                    .Select(m => new TaskRow(m, random.Next(100) < 8 ? null : Add(accepted, random.Next(0, m.Promised + suspended + 5))))
                    .ToList();
                stages.Add(new StageRow($"2025-510181-47-01-{project:D6}", stage, accepted, suspended, tasks));
            }
        }
        return stages;
    }

    static string Csv(IEnumerable<StageRow> stages)
    {
        var text = new StringBuilder("projectCode,projectName,stage,acceptedAt,suspendedWorkingDays,departmentCode,matterCode,taskCompletedAt\n");
        foreach (var s in stages)
        {
            foreach (var t in s.Tasks)
            {
                var completed = t.Completed is { } c ? $"{c:yyyy-MM-dd}T16:30:00+08:00" : "";
                text.Append($"{s.Project},项目{s.Project[^6..]},{s.Stage},{s.Accepted:yyyy-MM-dd}T09:30:00+08:00,{s.Suspended},{t.Matter.Department},{t.Matter.Code},{completed}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>DESIGN §5's parallel-approval figures and §6's definitions, computed here.</summary>
    static Dictionary<string, object?> Expected(IReadOnlyList<StageRow> all, DateOnly from, DateOnly to, int? stage)
    {
        bool In(DateOnly? d) => d >= from && d <= to;
        var scope = all.Where(s => stage is null || s.Stage == stage).ToList();
        var stages = scope.Where(s => In(s.Completed)).ToList();
        var tasks = scope.SelectMany(s => s.Tasks.Where(t => In(t.Completed)).Select(t => (Stage: s, Task: t))).ToList();
        int Used(StageRow s, DateOnly done) => Math.Max(0, Between(s.Accepted, done) - s.Suspended);
        var used = stages.Select(s => Used(s, s.Completed!.Value)).ToList();
        var serial = stages.Select(s => s.Tasks.Sum(t => t.Matter.Statutory ?? 0)).ToList();
        var saved = serial.Zip(used, (a, b) => a - b).ToList();
        var stagesOnTime = stages.Count(s => Used(s, s.Completed!.Value) <= s.Tasks.Max(t => t.Matter.Promised));
        var tasksOnTime = tasks.Count(x => Used(x.Stage, x.Task.Completed!.Value) <= x.Task.Matter.Promised);
        double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
        double? Mean(List<int> values) => values.Count == 0 ? null : values.Average();
        return new()
        {
            ["stagesCompleted"] = stages.Count,
            ["stagesOnTime"] = stagesOnTime,
            ["stageOnTimeRate"] = Rate(stagesOnTime, stages.Count),
            ["averageStageWorkingDaysUsed"] = Mean(used),
            ["averageSerialWorkingDays"] = Mean(serial),
            ["averageSavedWorkingDays"] = Mean(saved),
            ["totalSavedWorkingDays"] = saved.Sum(),
            ["tasksCompleted"] = tasks.Count,
            ["tasksOnTime"] = tasksOnTime,
            ["taskOnTimeRate"] = Rate(tasksOnTime, tasks.Count),
            ["projectsCompleted"] = all.Where(s => s.Stage == 4 && In(s.Completed)).Select(s => s.Project).Distinct().Count(),
        };
    }

    [Fact]
    public async Task Every_parallel_approval_figure_matches_an_independent_computation()
    {
        var stages = Generate();
        var response = await _hall.Import(Csv(stages));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var whole = Expected(stages, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement all;
        do
        {
            await Task.Delay(200);
            all = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/approval?from=2025-01-01&to=2025-12-31");
        } while ((all.GetProperty("stagesCompleted").GetInt32() < (int)whole["stagesCompleted"]!
                  || all.GetProperty("tasksCompleted").GetInt32() < (int)whole["tasksCompleted"]!
                  || all.GetProperty("projectsCompleted").GetInt32() < (int)whole["projectsCompleted"]!) && DateTime.UtcNow < deadline);

        // The data holds what the figures must get right: late stages and tasks, stops across the holiday, open stages.
        Assert.True((int)whole["stagesCompleted"]! - (int)whole["stagesOnTime"]! > 10);
        Assert.True((int)whole["tasksCompleted"]! - (int)whole["tasksOnTime"]! > 10);
        Assert.Contains(stages, s => s.Suspended > 0 && s.Accepted < new DateOnly(2025, 10, 1) && s.Completed > new DateOnly(2025, 10, 8));
        Assert.Contains(stages, s => !s.Complete);

        var checks = new (string From, string To, int? Stage)[]
        {
            ("2025-01-01", "2025-12-31", null), ("2025-09-15", "2025-09-30", null), ("2025-09-29", "2025-10-12", null),
            ("2025-10-01", "2025-10-08", null), ("2025-10-09", "2025-10-31", 2), ("2025-09-01", "2025-11-30", 4),
            ("2025-09-20", "2025-10-20", 1), ("2024-01-01", "2024-12-31", null),
        };
        foreach (var (from, to, stage) in checks)
        {
            var expected = Expected(stages, DateOnly.Parse(from), DateOnly.Parse(to), stage);
            var actual = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(
                $"/api/supervision/approval?from={from}&to={to}" + (stage is null ? "" : $"&stage={stage}"));
            foreach (var (field, value) in expected)
            {
                var got = actual.GetProperty(field);
                var where = $"{field} for {from}..{to} stage {stage}";
                switch (value)
                {
                    case null: Assert.True(got.ValueKind == JsonValueKind.Null, where + $": expected null, got {got}"); break;
                    case int count: Assert.True(count == got.GetInt32(), where + $": expected {count}, got {got}"); break;
                    case double fraction: Assert.True(Math.Abs(fraction - got.GetDouble()) < 1e-9, where + $": expected {fraction}, got {got}"); break;
                }
            }
        }
    }
}
