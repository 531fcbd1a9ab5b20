using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Clock;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Edge.Clock;

/// <summary>
/// GET/PUT /api/admin/clock: the hall clock of a test or training installation, moved forward by an administrator.
/// The edge serves it in both modes (the standalone host and the gateway): it moves its own process's clock and
/// publishes <see cref="HallClockMoved"/>, which every service process follows (in the standalone host the event
/// comes back to the same clock and changes nothing). Where Clock:Adjustable is off the clock cannot move: 404.
/// </summary>
public static class ClockApi
{
    const string Route = "/api/admin/clock";

    static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static IEndpointRouteBuilder MapClockApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Read).RequireAuthorization(Roles.Admin).WithTags("admin")
            .WithSummary("查看大厅时钟（演示环境可拨动的当前时间）");
        app.MapPut(Route, Move).RequireAuthorization(Roles.Admin).RequireRateLimiting(EdgeRateLimits.Writes)
            .WithTags("admin")
            .WithSummary("拨动大厅时钟（仅在允许调整时钟的环境）");
        return app;
    }

    static Ok<ClockReading> Read(HallClock clock) => TypedResults.Ok(Reading(clock));

    static async Task<Results<Ok<ClockReading>, ProblemHttpResult>> Move(ClockMove? request, HallClock clock,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        if (clock is not AdjustableHallClock adjustable)
        {
            return Problems.NotFound("clock-not-adjustable",
                "本大厅的时钟不可调整（Clock:Adjustable 未开启；仅测试与培训环境开启）。");
        }
        if (!DateTimeOffset.TryParseExact(request?.Now, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var now))
        {
            return Problems.Invalid([new("now",
                "请以带时区的 ISO 8601 时间给出要调到的大厅时间，例如 2026-12-20T09:00:00+08:00。")]);
        }
        var current = adjustable.Now;
        if (now < current)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "clock-moves-forward-only",
                $"大厅时钟只能向前调整：now（{Hall(now):yyyy-MM-dd HH:mm:ss}）早于当前大厅时间"
                + $"（{Hall(current):yyyy-MM-dd HH:mm:ss}），时钟未作调整。",
                new[] { new FieldError("now", "不得早于当前大厅时间。") });
        }
        var offset = adjustable.OffsetFor(now);
        adjustable.MoveTo(offset);
        // Published directly, not through an outbox: the edge has no service database, and a move that did not
        // travel is simply made again (the same offset twice changes nothing).
        await services.GetRequiredService<IPublishEndpoint>()
            .Publish(new HallClockMoved(now, offset, DateTimeOffset.UtcNow), cancellationToken);
        return TypedResults.Ok(Reading(adjustable));
    }

    static ClockReading Reading(HallClock clock) => new(Hall(clock.Now), clock is AdjustableHallClock);

    static DateTimeOffset Hall(DateTimeOffset instant) => instant.ToOffset(HallTime.Offset);
}
