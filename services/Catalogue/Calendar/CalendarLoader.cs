using Platform.Catalogue.Data;

namespace Platform.Catalogue.Calendar;

/// <summary>Loads the stored years once the database is ready, before the service takes requests.</summary>
sealed class CalendarLoader(IServiceScopeFactory scopes, CatalogueCalendar provider) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await provider.ReloadAsync(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
