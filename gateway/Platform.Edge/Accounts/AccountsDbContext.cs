using Microsoft.EntityFrameworkCore;

namespace Platform.Edge.Accounts;

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.HasIndex(a => a.Username).IsUnique();
            account.Property(a => a.Username).HasMaxLength(64);
            account.Property(a => a.DisplayName).HasMaxLength(100);
            account.Property(a => a.Roles).HasMaxLength(300);
            account.Property(a => a.Department).HasMaxLength(64);
        });
    }
}
