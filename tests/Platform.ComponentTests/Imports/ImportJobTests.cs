using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Imports;

/// <summary>
/// Imports as jobs (issue 9): asked for with Prefer: respond-async, or by a file over the row threshold, an import
/// answers 202 with the job's Location; the job reaches the same counts a request would have answered, reports bad
/// rows without storing anything, and reads Chinese spreadsheets' GB18030 as what they say.
/// </summary>
public sealed class ImportJobTests : IAsyncLifetime
{
    const string RequestHeader = "requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt\n";
    const string MatterHeader =
        "code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays\n";

    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _officer = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _officer = _host.CreateClient();
        _officer.WithToken(await _officer.SignInAsync("disclosure01"));
    }

    static string Requests(string prefix, int count) => RequestHeader + string.Concat(Enumerable.Range(1, count)
        .Select(i => $"{prefix}{i:D6},natural,online,2025-03-02T10:00:00+08:00,3.1,2025-03-20T10:00:00+08:00\n"));

    static HttpContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, byte[] bytes, bool async)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Csv(bytes) };
        if (async)
        {
            request.Headers.Add("Prefer", "respond-async");
        }
        return await client.SendAsync(request);
    }

    /// <summary>Polls the job until it is no longer running.</summary>
    static async Task<JsonElement> FinishedAsync(HttpClient client, HttpResponseMessage accepted)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.ToString();
        Assert.Matches("^/api/[a-z]+/imports/[0-9a-f-]{36}$", location);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location, patience.Token);
            if (job.GetProperty("status").GetString() != "running")
            {
                return job;
            }
            await Task.Delay(100, patience.Token);
        }
    }

    async Task<int> StoredRequestsAsync() =>
        (await _officer.GetFromJsonAsync<JsonElement>("/api/disclosure/requests")).GetProperty("total").GetInt32();

    [Fact]
    public async Task Prefer_respond_async_runs_a_job_that_ends_with_the_counts_of_a_synchronous_import()
    {
        const string url = "/api/disclosure/requests/import";
        var now = await PostAsync(_officer, url, Encoding.UTF8.GetBytes(Requests("S", 25)), async: false);
        Assert.Equal(HttpStatusCode.OK, now.StatusCode);
        var synchronous = await now.Content.ReadFromJsonAsync<JsonElement>();

        var accepted = await PostAsync(_officer, url, Encoding.UTF8.GetBytes(Requests("J", 25)), async: true);
        var job = await FinishedAsync(_officer, accepted);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(synchronous.GetRawText(), job.GetProperty("result").GetRawText());
        Assert.Equal(25, job.GetProperty("rowsRead").GetInt64());
        Assert.Equal(25, job.GetProperty("imported").GetInt64());
        Assert.Equal(50, await StoredRequestsAsync());

        // The same file again: every row known, none stored twice.
        var again = await FinishedAsync(_officer,
            await PostAsync(_officer, url, Encoding.UTF8.GetBytes(Requests("J", 25)), async: true));
        Assert.Equal("""{"imported":0,"skipped":25}""", again.GetProperty("result").GetRawText());
        Assert.Equal(50, await StoredRequestsAsync());
    }

    [Fact]
    public async Task A_job_with_bad_rows_fails_naming_them_and_stores_nothing()
    {
        var file = Requests("B", 10)
            + "B000011,person,online,2025-03-02T10:00:00+08:00,3.1,2025-03-20T10:00:00+08:00\n"
            + "B000001,natural,online,2025-03-02T10:00:00+08:00,3.1,2025-03-20T10:00:00+08:00\n";

        var job = await FinishedAsync(_officer,
            await PostAsync(_officer, "/api/disclosure/requests/import", Encoding.UTF8.GetBytes(file), async: true));

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal(12, job.GetProperty("rowsRead").GetInt64());
        var errors = job.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((12, "applicantCategory"), errors);
        Assert.Contains((13, "requestNo"), errors);
        Assert.Equal(errors.Count, job.GetProperty("errorCount").GetInt32());
        Assert.Contains("未导入", job.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("result").ValueKind);
        Assert.Equal(0, await StoredRequestsAsync());
    }

    [Fact]
    public async Task A_file_over_50000_rows_becomes_a_job_by_itself()
    {
        var response = await PostAsync(_officer, "/api/disclosure/requests/import",
            Encoding.UTF8.GetBytes(Requests("L", 60_000)), async: false);

        var job = await FinishedAsync(_officer, response);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal("""{"imported":60000,"skipped":0}""", job.GetProperty("result").GetRawText());
        Assert.Equal(60_000, await StoredRequestsAsync());
    }

    [Fact]
    public async Task A_gb18030_catalogue_imported_as_a_job_is_stored_and_published_in_chinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var catalogue = _host.CreateClient();
        catalogue.WithToken(await catalogue.SignInAsync("catalogue01"));
        var file = MatterHeader + "SC-101,食品经营许可（仓储）,01,SCJGJ,市场监督管理局,promised,20,5\n"
            + "MZ-101,婚姻登记证明查询,20,MZJ,民政局,即办件,,0\n";

        var job = await FinishedAsync(catalogue, await PostAsync(catalogue, "/api/catalogue/matters/import",
            Encoding.GetEncoding("GB18030").GetBytes(file), async: true));

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal("""{"imported":2,"created":2,"updated":0,"unchanged":0}""",
            job.GetProperty("result").GetRawText());
        var matter = await catalogue.GetFromJsonAsync<JsonElement>("/api/catalogue/matters/SC-101");
        Assert.Equal("食品经营许可（仓储）", matter.GetProperty("name").GetString());
        var harness = _host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<MatterPublished>(m => m.Code == "MZ-101"
            && m.Name == "婚姻登记证明查询" && m.DepartmentName == "民政局"));

        // A job is read where it was started, by the role that may import there.
        var location = job.GetProperty("id").GetString();
        var admin = _host.CreateClient();
        admin.WithToken(await admin.SignInAsync("admin"));
        var elsewhere = await admin.GetAsync($"/api/intake/imports/{location}");
        await elsewhere.AssertProblemAsync(404, "import-job-not-found");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _officer.GetAsync($"/api/catalogue/imports/{location}")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
