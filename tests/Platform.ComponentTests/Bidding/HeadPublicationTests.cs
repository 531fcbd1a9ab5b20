using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// The daily head publication: once per hall date, every project's head and a digest anyone recomputes; a chain
/// rewritten afterwards fails its verification and no longer reaches the published head.
/// </summary>
public sealed class HeadPublicationTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task A_day_is_published_once_with_a_digest_anyone_recomputes()
    {
        await StartRunDoneAsync();
        _hall.Host.Clock.FixedNow = DateTimeOffset.Parse("2030-05-06T23:30:00+08:00", CultureInfo.InvariantCulture);
        var first = await _hall.AnnounceAsync();
        var second = await _hall.AnnounceAsync();
        await RunAsync();

        // 23:30 in Shanghai is 15:30 UTC: the hall date, not the UTC one, names the publication.
        var day = await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/bidding/record/heads/2030-05-06");
        var heads = day.GetProperty("heads").EnumerateArray().ToList();
        Assert.Equal(new[] { first, second }.Select(p => p.ToString("D")).Order(StringComparer.Ordinal),
            heads.Select(h => h.GetProperty("projectId").GetString()));
        var lines = string.Concat(heads.Select(h =>
            $"{h.GetProperty("projectId").GetString()} {h.GetProperty("seq").GetInt32()} {h.GetProperty("hash").GetString()}\n"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines))),
            day.GetProperty("digest").GetString());

        // A second run the same day changes nothing, even after the chains moved on.
        var digest = day.GetProperty("digest").GetString();
        await _hall.AnnounceAsync();
        await RunAsync();
        var again = await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/bidding/record/heads/2030-05-06");
        Assert.Equal(digest, again.GetProperty("digest").GetString());
        Assert.Equal(2, again.GetProperty("heads").GetArrayLength());

        var listed = await _hall.Anonymous.GetFromJsonAsync<JsonElement>(
            "/api/bidding/record/heads/published?from=2030-05-01&to=2030-05-31");
        var only = listed.EnumerateArray().Single();
        Assert.Equal(("2030-05-06", digest, 2), (only.GetProperty("date").GetString(),
            only.GetProperty("digest").GetString(), only.GetProperty("projects").GetInt32()));
        await (await _hall.Anonymous.GetAsync("/api/bidding/record/heads/2030-05-07")).AssertProblemAsync(404);
        await (await _hall.Anonymous.GetAsync("/api/bidding/record/heads/2030-5-7")).AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_tampered_entry_fails_verification_and_no_longer_reaches_the_published_head()
    {
        await StartRunDoneAsync();
        _hall.Host.Clock.FixedNow = DateTimeOffset.Parse("2030-05-07T10:00:00+08:00", CultureInfo.InvariantCulture);
        var project = await _hall.AnnounceAsync();
        await RunAsync();
        var published = (await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/bidding/record/heads/2030-05-07"))
            .GetProperty("heads").EnumerateArray().Single().GetProperty("hash").GetString();

        await using (var scope = _hall.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BiddingDbContext>();
            var entry = await db.RecordEntries.SingleAsync(e => e.ProjectId == project && e.Seq == 1);
            entry.Payload = "{\"rewritten\":true," + entry.Payload[1..];
            await db.SaveChangesAsync();
        }

        var verification = await _hall.Anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/bidding/projects/{project}/record/verify");
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(1, verification.GetProperty("brokenAt").GetInt32());

        // An outsider recomputes the chain from the entries as now shown: it ends elsewhere than the day's head.
        var entries = await _hall.Anonymous.GetFromJsonAsync<List<RecordView>>($"/api/bidding/projects/{project}/record");
        var previous = ProjectRecord.Genesis;
        foreach (var e in entries!)
        {
            previous = ProjectRecord.HashOf(new RecordEntry
            {
                ProjectId = project,
                Seq = e.Seq,
                At = e.At,
                Kind = e.Kind,
                Payload = e.Payload,
                PrevHash = previous,
                Hash = "",
            });
        }
        Assert.NotEqual(published, previous);
    }

    /// <summary>The publication the job makes as the host starts (today's), out of the way of the test's days.</summary>
    async Task StartRunDoneAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/bidding/record/heads/published"))
            .GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the head publication did not run at start");
            await Task.Delay(100);
        }
    }

    Task RunAsync() => _hall.Host.Services.GetServices<IHostedService>().OfType<HeadPublicationJob>().Single()
        .RunOnceAsync(CancellationToken.None);
}
