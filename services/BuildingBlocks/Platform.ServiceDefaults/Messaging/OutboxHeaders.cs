using System.Globalization;
using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// The moment an event was staged travels with it, so a consumer measures the whole way (outbox wait, relay, broker,
/// queue) and not only the broker's part that SentTime covers. Real time, not the hall clock: an administrator moving
/// the hall's day forward does not make events late.
/// </summary>
static class OutboxHeaders
{
    public const string StagedAt = "Platform-Staged-At";

    public static void Stage(SendContext context, DateTime stagedAtUtc) =>
        context.Headers.Set(StagedAt,
            DateTime.SpecifyKind(stagedAtUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Now − staging (or − sending, for a message that did not come through an outbox).</summary>
    public static TimeSpan Lag(ConsumeContext context)
    {
        var now = DateTime.UtcNow;
        if (context.Headers.Get<string>(StagedAt) is { } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var staged))
        {
            return now - staged.ToUniversalTime();
        }
        return context.SentTime is { } sent ? now - sent : TimeSpan.Zero;
    }
}
