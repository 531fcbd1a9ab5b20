using Microsoft.EntityFrameworkCore;
using Platform.Intake.Calendar;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.Intake.Files;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Intake.Demo;

/// <summary>
/// On the first start of a demo configuration (Intake:DemoData:Enabled, set by the standalone host): a few online
/// and 代办 applications in each state — waiting for 预审, waiting for the paper's handover, accepted — so the window's
/// 预审 queue, the agents' consoles and supervision's channel figures have something to show. They are built with the
/// same steps as the live ones (CaseAcceptance, the same events). It waits in the background for the catalogue's
/// demo points and 代办 matters, which reach intake's read model through the bus after the catalogue's first start.
/// </summary>
sealed class DemoOnlineService(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IntakeCalendar calendar,
    HallClock clock,
    ILogger<DemoOnlineService> logger) : BackgroundService
{
    static readonly TimeSpan CatalogueWait = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Intake:DemoData:Enabled"))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        if (await db.Applications.AnyAsync(a => a.Channel != ApplicationChannels.Window, stoppingToken))
        {
            return;
        }
        var network = await WaitForNetworkAsync(db, stoppingToken);
        if (network is not var (points, matters))
        {
            logger.LogWarning("No demo online or 代办 cases: the demo points and matters did not arrive within {Wait}",
                CatalogueWait);
            return;
        }
        if (!calendar.Current.HasYear(HallTime.DateOf(clock.Now).Year))
        {
            return;
        }
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var count = await RunningNumbers.InTransactionAsync(db, async () =>
        {
            var steps = new DemoOnlineSteps(db, files, calendar.Current, clock.Now, stoppingToken);
            var added = await steps.AddAsync(points, matters);
            await db.SaveChangesAsync(stoppingToken);
            return added;
        }, stoppingToken);
        logger.LogInformation("Loaded {Count} demo online and 代办 applications", count);
    }

    static async Task<(List<LocalServicePoint>, List<LocalMatter>)?> WaitForNetworkAsync(IntakeDbContext db,
        CancellationToken stoppingToken)
    {
        var deadline = DateTime.UtcNow + CatalogueWait;
        while (DateTime.UtcNow < deadline)
        {
            var points = await db.ServicePoints.AsNoTracking().OrderBy(p => p.Code).ToListAsync(stoppingToken);
            // The levels live in a JSON column: the few published matters are filtered here.
            var matters = (await db.Matters.AsNoTracking().Where(m => m.Published).OrderBy(m => m.Code)
                .ToListAsync(stoppingToken)).Where(m => m.IntakeLevels.Contains("village")).ToList();
            if (points.Count(p => p.Level == "village") >= 2 && points.Any(p => p.Level == "town")
                && matters.Count >= 2)
            {
                return (points, matters);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
        return null;
    }
}
