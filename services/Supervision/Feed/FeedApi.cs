using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Supervision.Feed;

public static class FeedApi
{
    public static RouteGroupBuilder MapFeedApi(this RouteGroupBuilder api)
    {
        // Open to the gateway without a token only so that a browser's EventSource can present a ticket: the handler
        // lets in a supervisor's bearer token or a valid ticket, and nobody else.
        api.MapGet("/feed", Feed).AllowAnonymous().WithTags("feed")
            .WithSummary("订阅监督数据的实时推送（凭票据连接）")
            .WithDescription("主管人员的 bearer 令牌，或 POST /api/supervision/feed/ticket 领取的一次性票据"
                + "（查询参数 ticket，供浏览器的 EventSource 使用）。");
        api.MapPost("/feed/ticket", Ticket).RequireAuthorization(Roles.Supervisor).WithTags("feed")
            .WithSummary("领取订阅实时推送所需的一次性票据");
        return api;
    }

    static async Task<Results<ServerSentEventsResult<FeedEvent>, ProblemHttpResult>> Feed(string? ticket,
        ClaimsPrincipal user, SupervisionFeed feed, FeedTickets tickets, CancellationToken cancellationToken)
    {
        var supervisor = user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
        if (!supervisor && (ticket is null || !await tickets.RedeemAsync(ticket)))
        {
            return user.Identity?.IsAuthenticated == true && ticket is null
                ? Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "只有监察人员可以订阅监察动态。")
                : Problems.Of(StatusCodes.Status401Unauthorized, "feed-ticket-invalid",
                    "监察动态需要登录，或凭有效的订阅票据（60 秒内有效，只能使用一次）。");
        }
        return TypedResults.ServerSentEvents(Items(feed, cancellationToken));
    }

    static async Task<Ok<FeedTicket>> Ticket(ClaimsPrincipal user, FeedTickets tickets)
    {
        var ticket = await tickets.IssueAsync(user.FindFirst("sub")?.Value ?? "");
        return TypedResults.Ok(new FeedTicket(ticket, DateTimeOffset.UtcNow + FeedTickets.Lifetime));
    }

    static async IAsyncEnumerable<SseItem<FeedEvent>> Items(SupervisionFeed feed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Sent at once, so the dashboard knows it is connected (and the response starts) before the first change.
        yield return new SseItem<FeedEvent>(new FeedEvent("connected", "", null, DateTimeOffset.UtcNow), "connected");
        await foreach (var change in feed.SubscribeAsync(cancellationToken))
        {
            yield return new SseItem<FeedEvent>(change, change.Kind);
        }
    }
}
