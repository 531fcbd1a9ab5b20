using StackExchange.Redis;

namespace Platform.Supervision.Feed;

/// <summary>
/// Tickets shared by every supervision replica: SET with a 60 s expiry, redeemed by GETDEL (one connection each).
/// While Redis is away no ticket is issued (the dashboard then polls the live counters) and none is redeemed.
/// </summary>
public sealed class RedisFeedTickets(IConnectionMultiplexer redis, ILogger<RedisFeedTickets> logger) : FeedTickets
{
    static RedisKey Key(string ticket) => "supervision:feed-ticket:" + ticket;

    public override async Task<string> IssueAsync(string user)
    {
        var ticket = NewTicket();
        await redis.GetDatabase().StringSetAsync(Key(ticket), user, Lifetime);
        return ticket;
    }

    public override async Task<bool> RedeemAsync(string ticket)
    {
        if (!WellFormed(ticket))
        {
            return false;
        }
        try
        {
            return !(await redis.GetDatabase().StringGetDeleteAsync(Key(ticket))).IsNull;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Feed ticket not redeemable while Redis is away");
            return false;
        }
    }
}
