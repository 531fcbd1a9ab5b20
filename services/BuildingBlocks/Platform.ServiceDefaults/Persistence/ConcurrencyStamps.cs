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

    internal static void StampChanges(DbContext db)
    {
        var modified = db.ChangeTracker.Entries<IConcurrencyStamped>().Where(e => e.State == EntityState.Modified);
        foreach (var entry in modified)
        {
            entry.Entity.ConcurrencyStamp++;
        }
    }
}
