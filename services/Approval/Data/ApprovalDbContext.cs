using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Approval.Data;

public sealed class ApprovalDbContext(DbContextOptions<ApprovalDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
    }
}
