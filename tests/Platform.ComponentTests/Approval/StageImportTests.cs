using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Stages;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;

namespace Platform.ComponentTests.Approval;

public sealed class StageImportTests : IAsyncLifetime
{
    readonly ImportScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    const string Header = "projectCode,projectName,stage,acceptedAt,suspendedWorkingDays,departmentCode,matterCode,taskCompletedAt";
    const string P1 = "2025-510181-47-01-000001";
    const string P2 = "2025-510181-47-01-000002";

    // Across the 2025 National Day holiday: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 make-up working days.
    const string Good = Header + """

        2025-510181-47-01-000001,示范市物流园,1,2025-09-29T09:00:00+08:00,1,FGJ,FG-001,2025-09-30T16:00:00+08:00
        2025-510181-47-01-000001,示范市物流园,1,2025-09-29T09:00:00+08:00,1,ZRZYJ,ZR-001,2025-10-11T10:00:00+08:00
        2025-510181-47-01-000001,示范市物流园,1,2025-09-29T09:00:00+08:00,1,SJJ,SJ-001,2025-10-15T10:00:00+08:00
        2025-510181-47-01-000002,示范市体育中心,4,2025-09-28T10:00:00+08:00,0,ZJJ,ZJ-001,2025-10-09T11:00:00+08:00
        2025-510181-47-01-000002,示范市体育中心,4,2025-09-28T10:00:00+08:00,,QXJ,QX-001,2025-10-10T11:00:00+08:00
        2025-510181-47-01-000001,示范市物流园,2,2025-12-29T09:00:00+08:00,0,ZRZYJ,ZR-001,
        2025-510181-47-01-000001,示范市物流园,2,2025-12-29T09:00:00+08:00,0,ZJJ,ZJ-001,2025-12-31T10:00:00+08:00
        """;

    [Fact]
    public async Task History_imported_as_a_job_publishes_the_stages_and_ends_with_the_synchronous_counts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/approval/stages/import")
        {
            Content = new StringContent(Good, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("Prefer", "respond-async");

        var accepted = await _hall.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        JsonElement job;
        do
        {
            await System.Threading.Tasks.Task.Delay(100);
            job = await _hall.Admin.GetFromJsonAsync<JsonElement>(accepted.Headers.Location!.ToString());
        }
        while (job.GetProperty("status").GetString() == "running");
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal("""{"imported":3,"skipped":0}""", job.GetProperty("result").GetRawText());
        Assert.Equal(7, job.GetProperty("rowsRead").GetInt64());
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalStageCompleted>(e => e.ProjectCode == P1 && e.Stage == 1
            && e.Imported));
        var again = await _hall.Import(Good);
        Assert.Equal("""{"imported":0,"skipped":3}""", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
    }

    [Fact]
    public async Task History_across_the_National_Day_holiday_imports_with_hand_computed_figures_and_once_only()
    {
        var response = await _hall.Import(Good);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"imported":3,"skipped":0}""", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        var harness = _hall.Harness;
        // Stage 1, accepted Monday 09-29, one stopped day: 09-30 → 1 − 1 = 0; 10-11 → 4 − 1 = 3; 10-15 → 7 − 1 = 6.
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P1, "FG-001", used: 0, onTime: true)));
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P1, "ZR-001", used: 3, onTime: true)));
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P1, "SJ-001", used: 6, onTime: false)));
        Assert.True(await harness.PublishedAsync<ApprovalStageCompleted>(e => e.ProjectCode == P1 && e.Stage == 1
            && e.WorkingDaysUsed == 6 && e.SuspendedWorkingDays == 1 && e.LimitDays == 4 && !e.OnTime
            && e.SerialWorkingDays == 70 && e.SavedWorkingDays == 64 && e.Imported
            && e.CompletedAt == DateTimeOffset.Parse("2025-10-15T10:00:00+08:00")));
        // Stage 4, accepted on make-up Sunday 09-28: 10-09 → 3 (09-29, 09-30, 10-09); 10-10 → 4. QX-001 has no
        // statutory limit: the serial route counts 7 + 0.
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P2, "ZJ-001", used: 3, onTime: true)));
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P2, "QX-001", used: 4, onTime: false)));
        Assert.True(await harness.PublishedAsync<ApprovalStageCompleted>(e => e.ProjectCode == P2 && e.Stage == 4
            && e.WorkingDaysUsed == 4 && e.LimitDays == 3 && !e.OnTime && e.SerialWorkingDays == 7 && e.SavedWorkingDays == 3));
        Assert.True(await harness.PublishedAsync<ApprovalProjectCompleted>(e => e.ProjectCode == P2 && e.ProjectName == "示范市体育中心" && e.Imported));
        // Stage 2 still open: ZR-001 due 4 working days after 12-29 (12-30, 12-31, Sunday 01-04 worked, 01-05);
        // the decided ZJ-001 is marked so supervision judges no warning before its decision arrives.
        Assert.True(await harness.PublishedAsync<ApprovalStageAccepted>(e => e.ProjectCode == P1 && e.Stage == 2 && e.Imported
            && e.LeadDepartmentCode == "ZRZYJ"
            && e.Tasks.Single(t => t.MatterCode == "ZR-001") is { CompletionFollows: false } open && open.DueDate == new DateOnly(2026, 1, 5)
            && e.Tasks.Single(t => t.MatterCode == "ZJ-001").CompletionFollows));
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => Task(e, P1, "ZJ-001", used: 2, onTime: true)));
        Assert.False(await harness.PublishedAsync<ApprovalStageCompleted>(e => e.ProjectCode == P1 && e.Stage == 2, seconds: 1));

        var stored = await _hall.Read(db => db.Stages.Include(s => s.Project).Include(s => s.Tasks)
            .SingleAsync(s => s.ProjectCode == P1 && s.Stage == 1));
        Assert.Equal((StageStatus.Completed, "FGJ", "admin", true), (stored.Status, stored.LeadDepartmentCode, stored.SubmittedBy, stored.Imported));
        Assert.Equal(("示范市物流园", "（历史导入）", true), (stored.Project!.Name, stored.Project.ApplicantName, stored.Project.Imported));
        Assert.Equal([stored.StageNo + "-01", stored.StageNo + "-02", stored.StageNo + "-03"], stored.Tasks.Select(t => t.TaskNo).Order());
        Assert.StartsWith("BL20250929", stored.StageNo);

        var again = await _hall.Import(Good);
        Assert.Equal("""{"imported":0,"skipped":3}""", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        Assert.Equal(3, await _hall.Count(db => db.Stages));
        Assert.Equal(2, await _hall.Count(db => db.Projects));
    }

    static bool Task(ApprovalTaskDecided e, string project, string matter, int used, bool onTime) =>
        e.ProjectCode == project && e.MatterCode == matter && e.WorkingDaysUsed == used && e.OnTime == onTime
        && e.Decision == "approved" && e.Imported;

    [Fact]
    public async Task A_bad_file_is_rejected_whole_with_every_bad_row_named_once()
    {
        const string bad = Header + """

            2025-510181-47-01-000003,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,
            2025-510181-47-01-00003,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,
            2025-510181-47-01-000004,,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,
            2025-510181-47-01-000005,示范市图书馆,5,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,
            2025-510181-47-01-000006,示范市图书馆,1,2025-09-29T09:00:00,0,FGJ,FG-001,
            2025-510181-47-01-000007,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,2025-10-10
            2025-510181-47-01-000008,示范市图书馆,1,2025-09-29T09:00:00+08:00,-1,FGJ,FG-001,
            2025-510181-47-01-000009,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,NO-SUCH,
            2025-510181-47-01-000010,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,ZJJ,FG-001,
            2025-510181-47-01-000011,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,2025-09-28T09:00:00+08:00
            2025-510181-47-01-000003,示范市新图书馆,1,2025-09-29T09:00:00+08:00,0,ZRZYJ,ZR-001,
            2025-510181-47-01-000003,示范市图书馆,1,2025-09-29T10:00:00+08:00,0,ZRZYJ,ZR-001,
            2025-510181-47-01-000003,示范市图书馆,1,2025-09-29T09:00:00+08:00,2,ZRZYJ,ZR-001,
            2025-510181-47-01-000003,示范市图书馆,1,2025-09-29T09:00:00+08:00,0,FGJ,FG-001,
            2025-510181-47-01-000012,示范市图书馆,1,2018-05-07T09:00:00+08:00,0,FGJ,FG-001,
            """;

        var problem = await (await _hall.Import(bad)).AssertProblemAsync(400, "import-rejected");

        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)).ToList();
        Assert.Equal(
        [
            (3, "projectCode"), (4, "projectName"), (5, "stage"), (6, "acceptedAt"), (7, "taskCompletedAt"),
            (8, "suspendedWorkingDays"), (9, "matterCode"), (10, "departmentCode"), (11, "taskCompletedAt"),
            (12, "projectName"), (13, "acceptedAt"), (14, "suspendedWorkingDays"), (15, "departmentCode"),
            (16, "acceptedAt"),
        ], errors);
        Assert.All(problem.GetProperty("errors").EnumerateArray(),
            e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.GetProperty("message").GetString()!));
        Assert.Equal(0, await _hall.Count(db => db.Stages));
        Assert.Equal(0, await _hall.Count(db => db.Projects));
    }

    [Fact]
    public async Task Only_csv_is_accepted()
    {
        var response = await _hall.Admin.PostAsync("/api/approval/stages/import",
            new StringContent("""{"projectCode":"x"}""", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(415, "csv-required");
    }

    [Fact]
    public async Task Only_an_administrator_imports()
    {
        await (await _hall.Import(Good, _hall.Window)).AssertProblemAsync(403);
        Assert.Equal(0, await _hall.Count(db => db.Stages));
    }

    [Fact]
    public async Task Five_thousand_rows_import_in_one_go()
    {
        var csv = new StringBuilder(Header).Append('\n');
        string[] departments = ["FGJ,FG-001", "ZRZYJ,ZR-001", "SJJ,SJ-001", "ZJJ,ZJ-001"];
        for (var project = 1; project <= 1250; project++)
        {
            foreach (var task in departments)
            {
                csv.Append($"2025-510181-47-01-{project + 100000:D6},项目{project},1,2025-09-29T09:00:00+08:00,0,{task},\n");
            }
        }

        var response = await _hall.Import(csv.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"imported":1250,"skipped":0}""", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        Assert.Equal(5000, await _hall.Count(db => db.Tasks));
        Assert.Equal(1250, await _hall.Count(db => db.Stages.Select(s => s.StageNo).Distinct()));
    }
}
