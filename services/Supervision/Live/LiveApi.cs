using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Live;

public static class LiveApi
{
    public static RouteGroupBuilder MapLiveApi(this RouteGroupBuilder api)
    {
        api.MapGet("/live", Get).RequireAuthorization(Roles.Supervisor).WithTags("live")
            .WithSummary("查看大厅实时运行状况");
        return api;
    }

    /// <summary>
    /// Today's running counts from the counters (rebuilt from the read model when they are missing or untrusted); any
    /// other day's counts straight from the read model.
    /// </summary>
    static async Task<Results<Ok<LiveFigures>, ProblemHttpResult>> Get(string? date, ILiveCounters counters,
        SupervisionDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var day = HallTime.DateOf(clock.Now);
        if (date is not null && !Dates.TryParse(date, out day))
        {
            return Problems.Invalid([new("date", "日期应为 yyyy-MM-dd。")]);
        }
        var today = HallTime.DateOf(clock.Now);
        // Only today's counters are kept up to date by the consumers; another day is counted from the read model.
        var values = day == today ? await counters.ReadAsync(day) : null;
        if (values is null)
        {
            values = await LiveCountsRebuild.FromReadModelAsync(db, day, cancellationToken);
            if (day == today)
            {
                await counters.ReplaceAsync(day, values);
            }
        }
        IReadOnlyDictionary<string, long> By(string prefix) =>
            values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal))
                .ToDictionary(v => v.Key[prefix.Length..], v => v.Value);
        return TypedResults.Ok(new LiveFigures(day, values.GetValueOrDefault("accepted"),
            values.GetValueOrDefault("completed"), values.GetValueOrDefault("onTheSpot"),
            values.GetValueOrDefault("onTime"), By("accepted:"), By("completed:")));
    }
}
