using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the context's relay when events become visible: at once for a save outside a transaction, at the commit for
/// a save inside one (acceptances, numbered writes and every consumer run in one; before the commit the rows are not
/// visible to the relay, and without this they would wait for its poll). At that same moment it tells the
/// <see cref="ICommittedEventObserver"/>s which events were committed.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal, IEnumerable<ICommittedEventObserver> observers)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts whose open transaction stored events, with those events (by reference: a save repeated
    /// after a failure adds the same entities again).</summary>
    static readonly ConditionalWeakTable<DbContext, HashSet<OutboxMessage>> Pending = new();

    readonly ICommittedEventObserver[] _observers = observers.ToArray();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        NotifyUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyUnlessInTransaction(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        NotifyIfPending(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context);

    /// <summary>A failed save outside a transaction committed nothing; inside one, the rollback forgets.</summary>
    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    static void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State == EntityState.Added)
            {
                Pending.GetOrCreateValue(context).Add(entry.Entity);
            }
        }
    }

    void NotifyUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            NotifyIfPending(context);
        }
    }

    void NotifyIfPending(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var events))
        {
            return;
        }
        Pending.Remove(context);
        signal.Notify(context.GetType());
        foreach (var observer in _observers)
        {
            try
            {
                observer.Committed(context, events);
            }
            catch (Exception)
            {
                // The write is committed: a failing count must not turn it into an error for the caller.
            }
        }
    }

    static void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }
}
