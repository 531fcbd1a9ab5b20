using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// The one optimistic-concurrency convention: every <see cref="IConcurrencyStamped"/> entity's stamp is a concurrency
/// token (call <see cref="AddConcurrencyStamps"/> last in OnModelCreating) and is incremented on every save that
/// modifies it (an interceptor every service database has), so no endpoint stamps by hand. A conflict raises
/// DbUpdateConcurrencyException, which the shared exception handler answers with a 409 problem.
/// </summary>
public static class ConcurrencyStamps
{
    public static ModelBuilder AddConcurrencyStamps(this ModelBuilder modelBuilder)
    {
        var stamped = modelBuilder.Model.GetEntityTypes()
            .Where(e => e.ClrType.IsAssignableTo(typeof(IConcurrencyStamped)));
        foreach (var entity in stamped)
        {
            modelBuilder.Entity(entity.ClrType)
                .Property(nameof(IConcurrencyStamped.ConcurrencyStamp))
                .IsConcurrencyToken();
        }
        return modelBuilder;
    }

    /// <remarks>
    /// Detects changes of the stamped entries only (the save detects the rest itself): a whole-context scan here
    /// would double the work of a save of many rows, such as an import.
    /// </remarks>
    internal static void StampChanges(DbContext db)
    {
        var tracker = db.ChangeTracker;
        var detectAll = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<IConcurrencyStamped>())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Modified)
                {
                    entry.DetectChanges();
                }
                if (entry.State == EntityState.Modified)
                {
                    entry.Entity.ConcurrencyStamp++;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detectAll;
        }
    }
}
