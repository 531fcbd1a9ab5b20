using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.WorkingDays;

namespace Platform.Bidding.Demo;

/// <summary>
/// On the first start of a demo configuration (Bidding:DemoData:Enabled, set by the standalone host): four tenders
/// and selections (<see cref="DemoTenders"/>) and two land auctions (<see cref="DemoAuctions"/>) with their bids,
/// draws and records, staged through the live flow's steps, so the record chains verify and the events (which
/// supervision counts) are the live ones.
/// </summary>
sealed class DemoBidding(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IOptions<BiddingOptions> options,
    HallClock clock,
    ILogger<DemoBidding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Bidding:DemoData:Enabled"))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiddingDbContext>();
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.Now;
        db.AddRange(DemoExperts.Create(now.AddDays(-90)));
        db.AddRange(DemoRooms.Create(now.AddDays(-90)));
        var tenders = new DemoTenders(db, new DemoSteps(db, options.Value, cancellationToken), now, cancellationToken);
        await tenders.AcceptingBidsAsync();
        await tenders.AwardedAsync();
        await tenders.FixedPriceAsync();
        await tenders.FailedAsync();
        var auctions = new DemoAuctions(db, new DemoSteps(db, options.Value, cancellationToken), now,
            cancellationToken);
        await auctions.AwardedAsync();
        await auctions.AcceptingRegistrationsAsync();
        // One save: all of it or none, and a start that dies half-way loads it again on the next start.
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded the demo bidding data: 6 trading projects, 2 draws");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
