using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    void Notify(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet; the relay's poll picks them up then.
        if (context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}
