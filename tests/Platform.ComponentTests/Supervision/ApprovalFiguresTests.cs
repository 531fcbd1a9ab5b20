using System.Text.Json;
using MiniExcelLibs;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;
using static Platform.ComponentTests.Supervision.ApprovalEventsScenario;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// DESIGN §5's parallel-approval figures from approval's events, computed by hand for October 2025: completed stages by
/// their completion date, decided tasks by their decision date, refused stages and closed tasks left out.
/// </summary>
public sealed class ApprovalFiguresTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    const string P1 = "2025-510181-47-01-000001", P2 = "2025-510181-47-01-000002", P3 = "2025-510181-47-01-000003";
    const string P4 = "2025-510181-47-01-000004", P5 = "2025-510181-47-01-000005";
    const string A = "GTJ", B = "ZJJ", C = "XFJ", D = "RFB";

    /// <summary>
    /// S1 (stage 1) completed 10-13 late: used 11, limit 10, serial 35, saved 24. S2 (stage 2) completed 10-20 on time: used 8,
    /// limit 8, serial 50, saved 42. S3 (stage 3) refused 10-14, its XFJ task closed undecided. S4 (stage 4) completed 10-17 on
    /// time: used 2, limit 3, serial 10, saved 8, so its project is completed. S5 (stage 2) completed 10-20 late: used 30, serial
    /// 3, saved −27. S6 (stage 1) accepted 10-27, both tasks still open at the end of October (the GTJ one due 10-30).
    /// Tasks decided in October: S1-02 late, S2-01, S2-02, S3-01 (refused, on time), S3-02, S4-01, S5-01 late.
    /// </summary>
    static readonly Func<ApprovalEventsScenario, Task>[] Story =
    [
        h => h.PublishAsync(Accepted("BL2025092200001", P1, 1, "2025-09-22T09:00", ("BL2025092200001-01", A, 20, 5, "2025-09-29"), ("BL2025092200001-02", B, 15, 10, "2025-10-17"))),
        h => h.PublishAsync(Decided("BL2025092200001-01", "BL2025092200001", P1, 1, A, "approved", "2025-09-22T09:00", "2025-09-26T15:00", 4, 20, 5)),
        h => h.PublishAsync(Decided("BL2025092200001-02", "BL2025092200001", P1, 1, B, "approved", "2025-09-22T09:00", "2025-10-13T15:00", 11, 15, 10)),
        h => h.PublishAsync(Completed("BL2025092200001", P1, 1, "2025-09-22T09:00", "2025-10-13T15:00", 11, 10, 35)),
        h => h.PublishAsync(Accepted("BL2025100900002", P1, 2, "2025-10-09T09:00", ("BL2025100900002-01", A, 20, 5, "2025-10-16"), ("BL2025100900002-02", C, 30, 8, "2025-10-21"))),
        h => h.PublishAsync(Decided("BL2025100900002-01", "BL2025100900002", P1, 2, A, "approved", "2025-10-09T09:00", "2025-10-10T11:00", 1, 20, 5)),
        h => h.PublishAsync(Decided("BL2025100900002-02", "BL2025100900002", P1, 2, C, "approved-with-conditions", "2025-10-09T09:00", "2025-10-20T16:00", 8, 30, 8)),
        h => h.PublishAsync(Completed("BL2025100900002", P1, 2, "2025-10-09T09:00", "2025-10-20T16:00", 8, 8, 50)),
        h => h.PublishAsync(Accepted("BL2025100900003", P2, 3, "2025-10-09T10:00", ("BL2025100900003-01", A, 20, 5, "2025-10-16"), ("BL2025100900003-02", B, 15, 10, "2025-10-23"), ("BL2025100900003-03", C, 30, 8, "2025-10-21"))),
        h => h.PublishAsync(Decided("BL2025100900003-02", "BL2025100900003", P2, 3, B, "approved", "2025-10-09T10:00", "2025-10-13T10:00", 2, 15, 10)),
        h => h.PublishAsync(Decided("BL2025100900003-01", "BL2025100900003", P2, 3, A, "refused", "2025-10-09T10:00", "2025-10-14T10:00", 3, 20, 5)),
        h => h.PublishAsync(new ApprovalStageRefused("BL2025100900003", P2, 3, A, ["BL2025100900003-03"], At("2025-10-14T10:00"))),
        h => h.PublishAsync(Accepted("BL2025101500004", P3, 4, "2025-10-15T09:00", ("BL2025101500004-01", B, 10, 3, "2025-10-20"))),
        h => h.PublishAsync(Decided("BL2025101500004-01", "BL2025101500004", P3, 4, B, "approved", "2025-10-15T09:00", "2025-10-17T10:00", 2, 10, 3)),
        h => h.PublishAsync(Completed("BL2025101500004", P3, 4, "2025-10-15T09:00", "2025-10-17T10:00", 2, 3, 10)),
        h => h.PublishAsync(Accepted("BL2025090100005", P4, 2, "2025-09-01T09:00", ("BL2025090100005-01", C, 3, 2, "2025-09-03"))),
        h => h.PublishAsync(Decided("BL2025090100005-01", "BL2025090100005", P4, 2, C, "approved", "2025-09-01T09:00", "2025-10-20T10:00", 30, 3, 2)),
        h => h.PublishAsync(Completed("BL2025090100005", P4, 2, "2025-09-01T09:00", "2025-10-20T10:00", 30, 2, 3)),
        h => h.PublishAsync(Accepted("BL2025102700006", P5, 1, "2025-10-27T09:00", ("BL2025102700006-01", A, 5, 3, "2025-10-30"), ("BL2025102700006-02", D, 20, 10, "2025-11-10"))),
    ];

    async Task TellAsync(IEnumerable<Func<ApprovalEventsScenario, Task>> story)
    {
        _hall.Host.Clock.Set("2025-11-03T10:00:00+08:00");
        foreach (var step in story)
        {
            await step(_hall);
        }
    }

    static void AssertFigures(JsonElement f, int stages, int stagesOnTime, double? stageRate, double? used, double? serial,
        double? saved, int totalSaved, int tasks, int tasksOnTime, double? taskRate, int projects)
    {
        Assert.Equal(["from", "to", "stage", "stagesCompleted", "stagesOnTime", "stageOnTimeRate", "averageStageWorkingDaysUsed",
            "averageSerialWorkingDays", "averageSavedWorkingDays", "totalSavedWorkingDays", "tasksCompleted", "tasksOnTime",
            "taskOnTimeRate", "projectsCompleted"], f.EnumerateObject().Select(p => p.Name));
        Assert.Equal(stages, f.GetProperty("stagesCompleted").GetInt32());
        Assert.Equal(stagesOnTime, f.GetProperty("stagesOnTime").GetInt32());
        AssertNumber(stageRate, f.GetProperty("stageOnTimeRate"));
        AssertNumber(used, f.GetProperty("averageStageWorkingDaysUsed"));
        AssertNumber(serial, f.GetProperty("averageSerialWorkingDays"));
        AssertNumber(saved, f.GetProperty("averageSavedWorkingDays"));
        Assert.Equal(totalSaved, f.GetProperty("totalSavedWorkingDays").GetInt32());
        Assert.Equal(tasks, f.GetProperty("tasksCompleted").GetInt32());
        Assert.Equal(tasksOnTime, f.GetProperty("tasksOnTime").GetInt32());
        AssertNumber(taskRate, f.GetProperty("taskOnTimeRate"));
        Assert.Equal(projects, f.GetProperty("projectsCompleted").GetInt32());
    }

    static void AssertNumber(double? expected, JsonElement actual)
    {
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
            return;
        }
        Assert.Equal(expected.Value, actual.GetDouble(), 9);
    }

    async Task AssertOctoberAsync()
    {
        var october = await _hall.GetAsync("/api/supervision/approval?from=2025-10-01&to=2025-10-31");
        Assert.Equal("2025-10-01", october.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, october.GetProperty("stage").ValueKind);
        AssertFigures(october, 4, 2, 0.5, 12.75, 24.5, 11.75, 47, 7, 5, 5.0 / 7, 1);

        var stage2 = await _hall.GetAsync("/api/supervision/approval?from=2025-10-01&to=2025-10-31&stage=2");
        Assert.Equal(2, stage2.GetProperty("stage").GetInt32());
        AssertFigures(stage2, 2, 1, 0.5, 19, 26.5, 7.5, 15, 3, 2, 2.0 / 3, 1);
        // Stage 3 was refused: no stage completed, yet its two decided tasks count (the closed third does not).
        var stage3 = await _hall.GetAsync("/api/supervision/approval?from=2025-10-01&to=2025-10-31&stage=3");
        AssertFigures(stage3, 0, 0, null, null, null, null, 0, 2, 2, 1.0, 1);
        var january = await _hall.GetAsync("/api/supervision/approval?from=2025-01-01&to=2025-01-31");
        AssertFigures(january, 0, 0, null, null, null, null, 0, 0, 0, null, 0);

        var departments = await _hall.GetAsync("/api/supervision/approval/departments?from=2025-10-01&to=2025-10-31");
        Assert.Equal(
            [$"{A},2,2,1,2,1,1", $"{B},3,2,0.667,5,0,0", $"{C},2,1,0.5,19,0,0", $"{D},0,0,,,1,0"],
            departments.EnumerateArray().Select(Row));
        var stage1 = await _hall.GetAsync("/api/supervision/approval/departments?from=2025-10-01&to=2025-10-31&stage=1");
        Assert.Equal([$"{B},1,0,0,11,0,0", $"{A},0,0,,,1,1", $"{D},0,0,,,1,0"], stage1.EnumerateArray().Select(Row));
    }

    static string Row(JsonElement r)
    {
        static string N(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "" : Math.Round(e.GetDouble(), 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(",", r.GetProperty("departmentCode").GetString(), r.GetProperty("tasksCompleted").GetInt32(),
            r.GetProperty("tasksOnTime").GetInt32(), N(r.GetProperty("taskOnTimeRate")), N(r.GetProperty("averageWorkingDaysUsed")),
            r.GetProperty("openTasks").GetInt32(), r.GetProperty("openOverdue").GetInt32());
    }

    [Fact]
    public async Task The_figures_of_a_month_with_and_without_a_stage_filter_are_the_hand_computed_ones()
    {
        await TellAsync(Story);

        await AssertOctoberAsync();
    }

    [Fact]
    public async Task Events_of_a_stage_arriving_in_reverse_order_give_the_same_figures()
    {
        // Completions before decisions, decisions before acceptances, the refusal before the stage's acceptance.
        await TellAsync(Story.Reverse());

        await AssertOctoberAsync();
    }

    [Fact]
    public async Task A_message_delivered_twice_counts_once()
    {
        await TellAsync(Story);
        var late = Decided("BL2025102700006-01", "BL2025102700006", P5, 1, A, "approved", "2025-10-27T09:00", "2025-10-31T10:00", 4, 5, 3);
        var id = await _hall.PublishAsync(late);
        await _hall.PublishAsync(late, id, times: 2);
        var completed = Completed("BL2025101500004", P3, 4, "2025-10-15T09:00", "2025-10-17T10:00", 2, 3, 10);
        var again = await _hall.PublishAsync(completed);
        await _hall.PublishAsync(completed, again, times: 2);

        var october = await _hall.GetAsync("/api/supervision/approval?from=2025-10-01&to=2025-10-31");
        AssertFigures(october, 4, 2, 0.5, 12.75, 24.5, 11.75, 47, 8, 5, 5.0 / 8, 1);
    }

    [Theory]
    [InlineData("from=2025-10-31&to=2025-10-01", "from")]
    [InlineData("from=2025-10-01", "from")]
    [InlineData("from=2025-10-01&to=2025-10-31&stage=5", "stage")]
    [InlineData("from=2025-10-01&to=2025-10-31&stage=0", "stage")]
    [InlineData("from=2025-10-01&to=2025-10-31&stage=two", "stage")]
    public async Task A_bad_period_or_stage_is_a_400_problem_naming_it(string query, string field)
    {
        foreach (var path in new[] { "/api/supervision/approval?", "/api/supervision/approval/departments?" })
        {
            var problem = await (await _hall.Supervisor.GetAsync(path + query)).AssertProblemAsync(400, "validation-failed");
            Assert.Contains(field, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task The_monthly_report_has_the_parallel_approval_sheets()
    {
        await TellAsync(Story);

        var xlsx = await _hall.Supervisor.GetByteArrayAsync("/api/supervision/reports/monthly/2025-10");
        using var workbook = new MemoryStream(xlsx);
        var figures = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "并联审批").Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["指标"], r => r["值"]);
        Assert.Equal(4.0, figures["办结阶段数"]);
        Assert.Equal(0.5, figures["阶段按时办结率"]);
        Assert.Equal(47.0, figures["节约工作日合计"]);
        Assert.Equal(1.0, figures["竣工验收完成项目数"]);
        workbook.Position = 0;
        var ranking = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "并联审批部门排名").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([A, B, C, D], ranking.Select(r => (string)r["部门"]));

        var csv = await _hall.Supervisor.GetStringAsync("/api/supervision/reports/monthly/2025-10?format=csv");
        Assert.Contains("并联审批\r\n指标,值\r\n办结阶段数,4\r\n", csv.Replace("\r\n", "\n").Replace("\n", "\r\n"));
    }
}
