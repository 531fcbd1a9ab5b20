using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Platform.ServiceDefaults.Security;

namespace Platform.Supervision.Feed;

public static class FeedApi
{
    public static RouteGroupBuilder MapFeedApi(this RouteGroupBuilder api)
    {
        api.MapGet("/feed", (SupervisionFeed feed, CancellationToken cancellationToken) =>
                TypedResults.ServerSentEvents(Items(feed, cancellationToken)))
            .RequireAuthorization(Roles.Supervisor).WithTags("feed");
        return api;
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
