using MassTransit.Testing;

namespace Platform.ComponentTests.Infrastructure;

public static class HarnessWaits
{
    /// <summary>
    /// Waits for an event the outbox relay publishes after the request returned. The harness's own Any gives up at
    /// its inactivity timeout, which an idle test can reach before the relay's next poll.
    /// </summary>
    public static async Task<bool> PublishedAsync<T>(this ITestHarness harness, Func<T, bool> match, int seconds = 15) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        do
        {
            if (await harness.Published.Any<T>(message => match(message.Context.Message)))
            {
                return true;
            }
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        return false;
    }
}
