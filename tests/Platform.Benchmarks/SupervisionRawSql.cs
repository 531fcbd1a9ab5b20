using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;
using Platform.Supervision.Metrics;

namespace Platform.Benchmarks;

/// <summary>
/// P4's yardstick: DESIGN §5's figures of a period written as one hand-made SQL statement over supervision's cases
/// table (one scan per pass, FILTER clauses; PostgreSQL and SQLite both read it), to compare with the metrics API.
/// </summary>
static class SupervisionRawSql
{
    public static readonly string[] Names =
    [
        "accepted", "instant", "window", "online", "agent", "zeroVisits", "atMostOneVisit",
        "completed", "onTheSpot", "onTime", "timeSaved", "daysUsed", "openOverdue",
    ];

    const string Sql = """
        SELECT a.n, a.instant, a.window, a.online, a.agent, a.zero, a.one,
               c.n, c.spot, c.ontime, c.saved, c.used, o.n
        FROM (SELECT count(*) AS n, count(*) FILTER (WHERE "Instant") AS instant,
                     count(*) FILTER (WHERE "Channel" IS NULL OR "Channel" = 'window') AS window,
                     count(*) FILTER (WHERE "Channel" = 'online') AS online,
                     count(*) FILTER (WHERE "Channel" = 'agent') AS agent,
                     count(*) FILTER (WHERE coalesce("Visits", 1) = 0) AS zero,
                     count(*) FILTER (WHERE coalesce("Visits", 1) <= 1) AS one
              FROM cases WHERE "AcceptedDate" >= @from AND "AcceptedDate" <= @to) AS a,
             (SELECT count(*) AS n, count(*) FILTER (WHERE "OnTheSpot") AS spot,
                     count(*) FILTER (WHERE "OnTime") AS ontime,
                     coalesce(sum(CASE WHEN "StatutoryLimitDays" IS NOT NULL
                                  THEN "StatutoryLimitDays" - "WorkingDaysUsed" ELSE 0 END), 0) AS saved,
                     coalesce(sum("WorkingDaysUsed"), 0) AS used
              FROM cases WHERE "CompletedDate" >= @from AND "CompletedDate" <= @to
                           AND "WorkingDaysUsed" IS NOT NULL) AS c,
             (SELECT count(*) AS n FROM cases WHERE "AcceptedDate" <= @to
                 AND ("CompletedDate" IS NULL OR "CompletedDate" > @to) AND "DueDate" < @to) AS o
        """;

    public static async Task<long[]> FiguresAsync(SupervisionDbContext db, DateOnly from, DateOnly to)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        Parameter(command, "from", from);
        Parameter(command, "to", to);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToInt64(reader.GetValue(i))).ToArray();
    }

    public static long[] FiguresOf(EfficiencyMetrics m) =>
    [
        m.Accepted, m.InstantAccepted, m.ByChannel.Window, m.ByChannel.Online, m.ByChannel.Agent,
        Count(m.ZeroVisitShare, m.Accepted), Count(m.AtMostOneVisitShare, m.Accepted),
        m.Completed, m.OnTheSpot, m.OnTime, m.TimeSavedWorkingDays,
        (long)Math.Round((m.AverageWorkingDaysUsed ?? 0) * m.Completed), m.OpenOverdue,
    ];

    /// <summary>The API gives some figures as shares; back to counts (exact for the sizes here).</summary>
    static long Count(double? share, int whole) => (long)Math.Round((share ?? 0) * whole);

    static void Parameter(DbCommand command, string name, DateOnly value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
