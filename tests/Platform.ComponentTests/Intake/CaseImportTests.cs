using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Intake;

public sealed class CaseImportTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    Task<HttpResponseMessage> Import(string csv, HttpClient? client = null) =>
        (client ?? _hall.Admin).PostAsync("/api/intake/cases/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    const string Good = """
        caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,applicantType,windowNo,result,rating
        H-0001,SC-001,2025-09-30T09:00:00+08:00,2025-10-11T10:00:00+08:00,0,natural,A01,approved,5
        H-0002,SC-001,2025-09-26T09:00:00+08:00,2025-10-14T16:00:00+08:00,2,legal,A02,denied,2
        H-0003,SC-002,2025-06-10T09:00:00+08:00,2025-06-10T09:20:00+08:00,,natural,A03,,
        H-0004,JT-001,2025-12-29T09:00:00+08:00,,0,,,,
        """;

    [Fact]
    public async Task Historical_cases_import_with_the_facts_of_live_work_in_one_event_per_slice_and_once_only()
    {
        var response = await Import(Good);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"imported":4,"skipped":0}""", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        var harness = _hall.Harness;
        Assert.True(await Imported(harness, e => e.CaseNo == "H-0001" && e.WorkingDaysUsed == 3 && e.OnTime == true && e.OnTheSpot == false));
        Assert.True(await Imported(harness, e => e.CaseNo == "H-0002" && e.WorkingDaysUsed == 6 && e.OnTime == false && e.Result == "denied"));
        Assert.True(await Imported(harness, e => e.CaseNo == "H-0003" && e.OnTheSpot == true && e.WorkingDaysUsed == 0));
        Assert.True(await Imported(harness, e => e.CaseNo == "H-0004" && e.CompletedAt == null && e.DueDate == new DateOnly(2026, 1, 13)));
        Assert.True(await Imported(harness, e => e.CaseNo == "H-0002" && e.RatingScore == 2));

        Assert.Single(harness.Published.Select<CaseHistoryImported>()); // four cases, one slice
        Assert.False(harness.Published.Select<ApplicationAccepted>().Any());

        var again = await Import(Good);
        Assert.Equal("""{"imported":0,"skipped":4}""", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
    }

    /// <summary>Whether a slice of imported history carried a case like that.</summary>
    internal static Task<bool> Imported(ITestHarness harness, Func<ImportedCase, bool> match) =>
        harness.PublishedAsync<CaseHistoryImported>(m => m.Cases.Any(match));

    [Fact]
    public async Task Historical_cases_imported_as_a_job_publish_their_events_and_end_with_the_same_counts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases/import")
        {
            Content = new StringContent(Good, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("Prefer", "respond-async");

        var accepted = await _hall.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        JsonElement job;
        do
        {
            await Task.Delay(100);
            job = await _hall.Admin.GetFromJsonAsync<JsonElement>(accepted.Headers.Location!.ToString());
        }
        while (job.GetProperty("status").GetString() == "running");
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal("""{"imported":4,"skipped":0}""", job.GetProperty("result").GetRawText());
        Assert.True(await Imported(_hall.Harness, e => e.CaseNo == "H-0002" && e.OnTime == false));
        Assert.True(await Imported(_hall.Harness, e => e.CaseNo == "H-0004"));
        var again = await Import(Good);
        Assert.Equal("""{"imported":0,"skipped":4}""", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
    }

    [Fact]
    public async Task A_bad_file_is_rejected_whole_with_every_bad_row_named()
    {
        const string bad = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,result,rating
            B-0001,SC-001,2025-09-30T09:00:00+08:00,2025-10-11T10:00:00+08:00,0,approved,5
            B-0002,NO-SUCH,2025-09-30T09:00:00+08:00,,0,,
            B-0003,SC-001,2025-09-30 09:00,,0,,
            B-0004,SC-001,2025-10-11T09:00:00+08:00,2025-10-10T09:00:00+08:00,0,,
            B-0005,SC-001,2025-09-30T09:00:00+08:00,,-1,,
            B-0006,SC-001,2025-09-30T09:00:00+08:00,,0,,4
            B-0001,SC-001,2025-09-30T09:00:00+08:00,,0,,
            B-0008,SC-001,2018-05-07T09:00:00+08:00,,0,,
            """;

        var problem = await (await Import(bad)).AssertProblemAsync(400, "import-rejected");

        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], errors.Select(e => e.Row).Distinct().Order());
        Assert.Contains((3, "matterCode"), errors);
        Assert.Contains((4, "acceptedAt"), errors);
        Assert.Contains((5, "completedAt"), errors);
        Assert.Contains((6, "suspendedWorkingDays"), errors);
        Assert.Contains((7, "rating"), errors);
        Assert.Contains((8, "caseNo"), errors);
        Assert.Contains((9, "acceptedAt"), errors);
        await (await _hall.Admin.GetAsync("/api/intake/cases/B-0001")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Only_an_administrator_imports()
    {
        await (await Import(Good, _hall.Window)).AssertProblemAsync(403);
    }
}
