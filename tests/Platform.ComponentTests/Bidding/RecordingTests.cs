using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Bidding.Data;
using Platform.Bidding.Evaluation;
using Platform.Bidding.Recordings;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// Session recordings: registered with their hash into the project's record, kept 60 days after they end, purged by
/// the periodic job (location cleared, hash kept, record entry) — unless an open objection holds the project.
/// </summary>
public sealed class RecordingTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2030-03-04T10:00:00+08:00", CultureInfo.InvariantCulture);
    static readonly string Sha = new('a', 64);

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        _hall.Host.Clock.FixedNow = Now;
    }

    public Task DisposeAsync() => _hall.DisposeAsync();

    Task<HttpResponseMessage> Register(Guid project, object? body = null) =>
        _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/recordings", body ?? new
        {
            kind = "opening",
            startedAt = Now.AddHours(-2),
            endedAt = Now.AddHours(-1),
            uri = "https://media.ggzy.example.gov.cn/rec/kb-01-20300304.mp4",
            sha256 = Sha.ToUpperInvariant(),
        });

    [Fact]
    public async Task A_recording_enters_the_record_and_is_listed_to_staff_and_supervisors_with_its_retention()
    {
        var project = await _hall.AnnounceAsync();
        var created = await DrawScenario.Ok(await Register(project));
        Assert.Equal(Sha, created.GetProperty("sha256").GetString());
        Assert.Equal(Now.AddHours(-1).AddDays(60), created.GetProperty("retainUntil").GetDateTimeOffset());

        var entry = (await Record(project)).Last();
        Assert.Equal("recording", entry.GetProperty("kind").GetString());
        Assert.Contains(Sha, entry.GetProperty("payload").GetRawText());

        var listed = await _hall.As("supervisor01", Roles.Supervisor)
            .GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/recordings");
        Assert.Equal(created.GetProperty("recordingId").GetString(),
            listed.EnumerateArray().Single().GetProperty("recordingId").GetString());
        await (await _hall.As("firm1", Roles.Applicant).GetAsync($"/api/bidding/projects/{project}/recordings"))
            .AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_malformed_recording_or_one_of_another_projects_draw_is_refused()
    {
        var project = await _hall.AnnounceAsync();
        await (await Register(project, new
        {
            kind = "party",
            startedAt = Now.AddHours(-1),
            endedAt = Now.AddHours(-2),
            uri = "ftp://x/y",
            sha256 = "zz",
        })).AssertProblemAsync(400);
        await (await Register(project, new
        {
            kind = "draw",
            startedAt = Now.AddHours(-1),
            endedAt = Now.AddHours(1),
            uri = "rec/a.mp4",
            sha256 = Sha,
        })).AssertProblemAsync(400);
        await (await Register(project, new
        {
            kind = "draw",
            drawId = Guid.NewGuid(),
            startedAt = Now.AddHours(-2),
            endedAt = Now.AddHours(-1),
            uri = "recordings/2030/03/cq-01.mp4",
            sha256 = Sha,
        })).AssertProblemAsync(422, "draw-not-of-project");
        await (await Register(Guid.NewGuid())).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Past_its_retention_a_recording_is_purged_once_unless_an_open_objection_holds_it()
    {
        var project = await _hall.AnnounceAsync();
        var recording = await DrawScenario.Ok(await Register(project));

        _hall.Host.Clock.FixedNow = Now.AddDays(59);
        await Purge(new Holding());
        Assert.NotNull(await UriOf(project));

        _hall.Host.Clock.FixedNow = Now.AddDays(61);
        await Purge(new Holding(project)); // an objection is open: the evidence stays
        Assert.NotNull(await UriOf(project));

        await Purge(new Holding());
        await Purge(new Holding());
        var purged = (await Listed(project)).Single();
        Assert.Equal(JsonValueKind.Null, purged.GetProperty("uri").ValueKind);
        Assert.Equal(Now.AddDays(61), purged.GetProperty("purgedAt").GetDateTimeOffset());
        Assert.Equal(Sha, purged.GetProperty("sha256").GetString());
        var entries = await Record(project);
        var purgedEntry = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "recording-purged");
        Assert.Contains(recording.GetProperty("recordingId").GetString()!, purgedEntry.GetProperty("payload").GetRawText());
        Assert.True((await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/record/verify"))
            .GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task The_purge_job_holds_the_recordings_of_projects_with_an_open_objection()
    {
        Assert.Single(_hall.Host.Services.GetServices<IHostedService>().OfType<RecordingPurge>());
        var holds = Assert.IsType<OpenObjectionHolds>(_hall.Host.Services.GetRequiredService<IRecordingHolds>());
        var (open, answered) = (Guid.NewGuid(), Guid.NewGuid());
        using var scope = _hall.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BiddingDbContext>();
        db.AddRange(Objection(open, decidedAt: null), Objection(answered, decidedAt: Now),
            Objection(open, decidedAt: Now));
        await db.SaveChangesAsync();
        Assert.Equal([open], await holds.ProjectsOnHoldAsync(db, CancellationToken.None));
    }

    static Objection Objection(Guid project, DateTimeOffset? decidedAt) => new()
    {
        Id = Guid.NewGuid(),
        ProjectId = project,
        Account = "firm0",
        FirmName = "投标单位0",
        Text = "评分有误",
        RaisedAt = Now.AddDays(-1),
        DecidedAt = decidedAt,
    };

    async Task Purge(IRecordingHolds holds)
    {
        var job = new RecordingPurge(_hall.Host.Services.GetRequiredService<IServiceScopeFactory>(),
            _hall.Host.Services.GetRequiredService<HallClock>(), holds, NullLogger<RecordingPurge>.Instance);
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
    }

    async Task<List<JsonElement>> Listed(Guid project) =>
        (await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/recordings"))
        .EnumerateArray().ToList();

    async Task<string?> UriOf(Guid project) => (await Listed(project)).Single().GetProperty("uri").GetString();

    async Task<List<JsonElement>> Record(Guid project) =>
        (await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/record"))
        .EnumerateArray().ToList();

    /// <summary>Holds the projects named (none: nothing held).</summary>
    sealed class Holding(params Guid[] projects) : IRecordingHolds
    {
        public Task<ISet<Guid>> ProjectsOnHoldAsync(BiddingDbContext db, CancellationToken cancellationToken) =>
            Task.FromResult<ISet<Guid>>(projects.ToHashSet());
    }
}
