using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Jobs;
using Platform.WorkingDays;

namespace Platform.Bidding.Recordings;

/// <summary>
/// Hourly: recordings past their retention lose their location (the file is for the storage's own lifecycle to
/// delete) and the project's record says so; the hash stays. A project with an open objection is skipped until it is
/// decided, so the evidence outlives the dispute.
/// </summary>
public sealed class RecordingPurge(IServiceScopeFactory scopes, HallClock clock, IRecordingHolds holds,
    ILogger<RecordingPurge> logger) : PeriodicJob<BiddingDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(BiddingDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var held = await holds.ProjectsOnHoldAsync(db, cancellationToken);
        // The retention compared in memory: SQLite compares no DateTimeOffset.
        var kept = await db.Set<Recording>().Where(r => r.PurgedAt == null).ToListAsync(cancellationToken);
        var purged = kept.Where(r => r.RetainUntil <= now && !held.Contains(r.ProjectId)).ToList();
        foreach (var recording in purged)
        {
            recording.PurgedAt = now;
            recording.Uri = null;
            await ProjectRecord.AppendAsync(db, recording.ProjectId, now, "recording-purged", new
            {
                recordingId = recording.Id,
                recording.Kind,
                recording.Sha256,
                recording.RetainUntil,
            }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var recording in purged)
        {
            logger.LogInformation("Recording {RecordingId} of project {ProjectId} purged after retention",
                recording.Id, recording.ProjectId);
        }
    }
}
