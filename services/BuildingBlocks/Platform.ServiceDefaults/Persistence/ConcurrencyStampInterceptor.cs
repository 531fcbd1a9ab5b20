using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Increments the stamps of the modified records just before a save (see <see cref="ConcurrencyStamps"/>).
/// </summary>
sealed class ConcurrencyStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            ConcurrencyStamps.StampChanges(db);
        }
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            ConcurrencyStamps.StampChanges(db);
        }
        return ValueTask.FromResult(result);
    }
}
