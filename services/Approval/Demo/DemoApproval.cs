using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Catalogue;
using Platform.Approval.Data;
using Platform.Approval.Import;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Approval.Demo;

/// <summary>
/// On the first start of a demo configuration (Approval:DemoData:Enabled, set by the standalone host): the four stage
/// definitions and a few projects in every state, built through the import's stage builder, so the stage clock and
/// the events (which supervision counts) are the live ones. It waits in the background for the catalogue's matters:
/// the catalogue publishes them on its own first start, and they reach approval's read model through the bus.
/// </summary>
sealed class DemoApproval(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ApprovalCalendar calendar,
    HallClock clock,
    ILogger<DemoApproval> logger) : BackgroundService
{
    static readonly TimeSpan MatterWait = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Approval:DemoData:Enabled"))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalDbContext>();
        if (await db.StageDefinitions.AnyAsync(stoppingToken))
        {
            return;
        }
        if (await WaitForMattersAsync(db, stoppingToken) is not { } matters)
        {
            logger.LogWarning("No demo approval data: the catalogue's matters did not arrive within {Wait}",
                MatterWait);
            return;
        }
        var now = clock.Now;
        var today = HallTime.DateOf(now);
        var current = calendar.Current;
        // The demo's past reaches a few months back; without those years' notices its figures would be guesses.
        var withHistory = current.HasYear(today.Year) && current.HasYear(today.AddMonths(-4).Year);
        var stages = await RunningNumbers.InTransactionAsync(db, async () =>
        {
            db.StageDefinitions.AddRange(DemoStageDefinitions.Create(now));
            var count = withHistory ? await AddProjectsAsync(db, matters, today, current, stoppingToken) : 0;
            await db.SaveChangesAsync(stoppingToken);
            return count;
        }, stoppingToken);
        logger.LogInformation("Loaded the demo approval data: 4 stage definitions, {Stages} stages", stages);
    }

    static async Task<Dictionary<string, LocalMatter>?> WaitForMattersAsync(ApprovalDbContext db,
        CancellationToken stoppingToken)
    {
        var codes = DemoStageDefinitions.MatterCodes.ToList();
        var deadline = DateTime.UtcNow + MatterWait;
        while (DateTime.UtcNow < deadline)
        {
            var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code))
                .ToDictionaryAsync(m => m.Code, stoppingToken);
            if (matters.Count == codes.Count)
            {
                return matters;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
        return null;
    }

    static async Task<int> AddProjectsAsync(ApprovalDbContext db, Dictionary<string, LocalMatter> matters,
        DateOnly today, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var projects = DemoProjects.Create();
        foreach (var plan in DemoProjects.Stages)
        {
            var project = projects[plan.Project];
            var definition = DemoStageDefinitions.All[plan.Stage - 1];
            var accepted = WorkingDaysBefore(calendar, today, plan.AcceptedDaysAgo);
            var acceptedAt = At(accepted, 9, 30);
            if (plan.Stage == 1)
            {
                project.RegisteredAt = acceptedAt.AddDays(-7);
                db.Projects.Add(project);
            }
            var tasks = definition.Matters.Select((code, i) => new TaskHistory(matters[code],
                plan.Decided[i] is { } after ? At(calendar.DueDate(accepted, after).Date, 15, 30) : null,
                i == plan.Refused ? DemoProjects.RefusalReason : null)).ToList();
            var history = new StageHistory(project.Code, project.Name, plan.Stage, definition.Lead, acceptedAt, 0,
                tasks);
            await HistoricStages.AddAsync(db, history, "window01", imported: false, calendar, cancellationToken);
        }
        return DemoProjects.Stages.Count;
    }

    static DateTimeOffset At(DateOnly date, int hour, int minute) =>
        new(date.ToDateTime(new TimeOnly(hour, minute)), HallTime.Offset);

    /// <summary>The working day n working days before today (today itself for 0).</summary>
    static DateOnly WorkingDaysBefore(WorkingDayCalendar calendar, DateOnly today, int workingDays)
    {
        var day = today;
        while (calendar.CountWorkingDays(day, today).Days < workingDays || !calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }
}
