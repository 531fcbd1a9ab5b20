using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Told once, after the commit, of the events a context stored: the one moment a business fact (a case accepted,
/// a warning raised) is certain. A rolled-back attempt, a retried transaction or a redelivered message that is
/// skipped tells nothing, so a count kept here counts each fact once. Called on the committing thread: keep it cheap
/// and never throw.
/// </summary>
public interface ICommittedEventObserver
{
    void Committed(DbContext context, IReadOnlyCollection<OutboxMessage> events);
}
