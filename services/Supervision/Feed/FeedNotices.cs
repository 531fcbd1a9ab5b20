namespace Platform.Supervision.Feed;

static class FeedNotices
{
    public static Task Notify(this SupervisionFeed feed, string kind, string caseNo, string? department)
    {
        feed.Publish(new FeedEvent(kind, caseNo, department, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}
