using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Draws;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Bidding.Data;

public sealed class BiddingDbContext(DbContextOptions<BiddingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDraws();
        modelBuilder.AddOutboxAndInbox();
    }
}
