namespace Platform.ComponentTests.Observability;

/// <summary>Polls for what the outbox relay and the bus make true shortly after a request returned.</summary>
static class Eventually
{
    public static Task<bool> TrueAsync(Func<bool> condition, int seconds = 15) =>
        TrueAsync(() => Task.FromResult(condition()), seconds);

    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }
}
