using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Jobs;
using Platform.WorkingDays;

namespace Platform.Bidding.Record;

/// <summary>
/// Once per hall date (Asia/Shanghai), at the first tick of the day and at start: every project's head and the day's
/// digest, stored for good. A day already published is left as it is, so a restart or a second replica changes
/// nothing; an outsider who kept the digest can tell later whether any chain was rewritten.
/// </summary>
public sealed class HeadPublicationJob(IServiceScopeFactory scopes, HallClock clock,
    ILogger<HeadPublicationJob> logger) : PeriodicJob<BiddingDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override bool RunsAtStart => true;

    protected override async Task RunAsync(BiddingDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var date = HallTime.DateOf(now);
        if (await db.Set<HeadDigest>().AnyAsync(d => d.Date == date, cancellationToken))
        {
            return;
        }
        var heads = await RecordHeads.CurrentAsync(db, cancellationToken);
        db.AddRange(heads.Select(h => new HeadPublication
        {
            Date = date,
            ProjectId = h.ProjectId,
            Seq = h.Seq,
            Hash = h.Hash,
            PublishedAt = now,
        }));
        db.Add(new HeadDigest
        {
            Date = date,
            Digest = RecordHeads.Digest(heads),
            Projects = heads.Count,
            PublishedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Published the record heads of {Date}: {Projects} projects", date, heads.Count);
    }
}
