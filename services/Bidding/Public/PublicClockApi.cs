using Microsoft.AspNetCore.Http.HttpResults;
using Platform.WorkingDays;

namespace Platform.Bidding.Public;

/// <summary>
/// The hall clock's time for everyone: deadlines and opening windows are judged by it, not by a visitor's own clock
/// (which may differ, and which a training installation's moved hall clock certainly does), so the portal's
/// countdowns read it here.
/// </summary>
public static class PublicClockApi
{
    public static RouteGroupBuilder MapPublicClockApi(this RouteGroupBuilder api)
    {
        api.MapGet("/public/clock", Read).WithTags("public").AllowAnonymous()
            .WithSummary("查看交易平台的当前时间");
        return api;
    }

    static Ok<HallClockReading> Read(HallClock clock) =>
        TypedResults.Ok(new HallClockReading(clock.Now.ToOffset(HallTime.Offset)));
}
