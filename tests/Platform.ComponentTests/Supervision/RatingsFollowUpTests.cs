using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Supervision;

public sealed class RatingsFollowUpTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    const string Cases = """
        caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,windowNo,result,rating
        R-01,SC-001,2025-09-22T09:00:00+08:00,2025-09-24T10:00:00+08:00,0,A01,approved,5
        R-02,SC-001,2025-09-22T09:00:00+08:00,2025-09-24T11:00:00+08:00,0,A01,approved,1
        R-03,SC-002,2025-09-30T09:00:00+08:00,2025-09-30T09:10:00+08:00,0,A02,approved,2
        R-04,JT-001,2025-09-23T09:00:00+08:00,2025-09-26T15:00:00+08:00,0,A03,approved,4
        R-05,JT-001,2025-09-23T09:00:00+08:00,2025-09-29T15:00:00+08:00,0,A03,approved,3
        R-06,SC-002,2025-10-09T09:00:00+08:00,2025-10-09T09:05:00+08:00,0,A02,approved,
        """;

    async Task<JsonElement> Get(string url) => await _hall.Supervisor.GetFromJsonAsync<JsonElement>(url);

    async Task ImportAndWaitAsync()
    {
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(Cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await Get("/api/supervision/ratings/departments?from=2025-09-01&to=2025-10-31")).EnumerateArray().Sum(r => r.GetProperty("ratings").GetInt32()) < 5
            || (await Get("/api/supervision/metrics?from=2025-09-01&to=2025-10-31")).GetProperty("completed").GetInt32() < 6)
        {
            Assert.True(DateTime.UtcNow < deadline, "supervision did not receive the imported cases");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Good_rates_by_department_and_window()
    {
        await ImportAndWaitAsync();

        var departments = await Get("/api/supervision/ratings/departments?from=2025-09-01&to=2025-10-31");
        var jtj = departments.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "JTJ");
        var scjgj = departments.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "SCJGJ");
        Assert.Equal(0.5, jtj.GetProperty("goodRate").GetDouble());
        Assert.Equal(1.0 / 3, scjgj.GetProperty("goodRate").GetDouble(), 12);
        Assert.Equal(2, scjgj.GetProperty("bad").GetInt32());
        Assert.Equal("JTJ", departments[0].GetProperty("key").GetString());

        var windows = await Get("/api/supervision/ratings/windows?from=2025-09-01&to=2025-10-31");
        Assert.Equal(0.0, windows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "A02").GetProperty("goodRate").GetDouble());
    }

    [Fact]
    public async Task A_bad_rating_opens_a_rectification_whose_deadline_counts_working_days_and_a_holiday_never_makes_it_overdue()
    {
        await ImportAndWaitAsync();

        var open = await Get("/api/supervision/rectifications?status=open");
        var deadlines = open.EnumerateArray().ToDictionary(r => r.GetProperty("caseNo").GetString()!, r => r.GetProperty("deadlineDate").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["R-02"] = "2025-09-30", ["R-03"] = "2025-10-14" }, deadlines);

        _hall.Host.Clock.Set("2025-10-06T10:00:00+08:00"); // R-02 is past its deadline, but only holidays have passed
        Assert.Equal(0, (await Get("/api/supervision/rectifications?status=overdue")).GetArrayLength());
        _hall.Host.Clock.Set("2025-10-09T10:00:00+08:00"); // the first working day after the holiday
        var overdue = await Get("/api/supervision/rectifications?status=overdue");
        Assert.Equal(["R-02"], overdue.EnumerateArray().Select(r => r.GetProperty("caseNo").GetString()));

        var id = overdue[0].GetProperty("id").GetGuid();
        await (await _hall.Supervisor.PostAsJsonAsync($"/api/supervision/rectifications/{id}/close", new { resolution = "" })).AssertProblemAsync(400);
        var closed = await _hall.Supervisor.PostAsJsonAsync($"/api/supervision/rectifications/{id}/close", new { resolution = "已约谈窗口负责人，调整午间轮岗，增开一个窗口" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await (await _hall.Supervisor.PostAsJsonAsync($"/api/supervision/rectifications/{id}/close", new { resolution = "再次" })).AssertProblemAsync(409);
        Assert.Equal(["R-02"], (await Get("/api/supervision/rectifications?status=closed")).EnumerateArray().Select(r => r.GetProperty("caseNo").GetString()));
        Assert.Equal(0, (await Get("/api/supervision/rectifications?status=overdue")).GetArrayLength());
    }

    [Fact]
    public async Task The_monthly_report_exports_as_xlsx_and_csv()
    {
        await ImportAndWaitAsync();

        var xlsx = await _hall.Supervisor.GetAsync("/api/supervision/reports/monthly/2025-09");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["效能指标", "部门排名", "预警", "好差评", "并联审批", "并联审批部门排名", "公共资源交易", "服务网点"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
        workbook.Position = 0;
        var figures = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "效能指标")
            .Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["指标"], r => r["值"]);
        Assert.Equal(5.0, Convert.ToDouble(figures["受理件数"]));
        Assert.Equal(5.0, Convert.ToDouble(figures["办结件数"]));

        var csv = await _hall.Supervisor.GetAsync("/api/supervision/reports/monthly/2025-09?format=csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("效能指标", text);
        Assert.Contains("受理件数,5", text);
        Assert.Contains("SCJGJ,3,1,2", text); // 好差评: 3 ratings, 1 good, 2 bad
        await (await _hall.Supervisor.GetAsync("/api/supervision/reports/monthly/2025-13")).AssertProblemAsync(400);
        await (await _hall.Window.GetAsync("/api/supervision/reports/monthly/2025-09")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task Rankings_and_series_summarise_the_period()
    {
        await ImportAndWaitAsync();

        var ranking = await Get("/api/supervision/rankings/departments?from=2025-09-01&to=2025-10-31");
        Assert.Equal(["JTJ", "SCJGJ"], ranking.EnumerateArray().Select(r => r.GetProperty("key").GetString()).Order());
        Assert.All(ranking.EnumerateArray(), r => Assert.Equal(1.0, r.GetProperty("onTimeRate").GetDouble()));

        var daily = await Get("/api/supervision/series?from=2025-09-22&to=2025-09-30&granularity=day");
        var byDay = daily.EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => (p.GetProperty("accepted").GetInt32(), p.GetProperty("completed").GetInt32()));
        Assert.Equal((2, 0), byDay["2025-09-22"]);
        Assert.Equal((1, 1), byDay["2025-09-30"]);
        var monthly = await Get("/api/supervision/series?from=2025-09-01&to=2025-10-31&granularity=month");
        Assert.Equal(["2025-09", "2025-10"], monthly.EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(5, monthly[0].GetProperty("completed").GetInt32());
        await (await _hall.Supervisor.GetAsync("/api/supervision/series?from=2025-09-01&to=2025-10-31&granularity=week")).AssertProblemAsync(400);
    }
}
