using Microsoft.EntityFrameworkCore;

namespace Platform.Bidding.Auctions;

public static class AuctionsModel
{
    /// <summary>The auctions' bids and bidder numbers; call from OnModelCreating.</summary>
    public static ModelBuilder AddAuctions(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuctionBid>(bid =>
        {
            bid.ToTable("auction_bids");
            // One bid per number: the loser of two simultaneous bids fails here and is told to bid again.
            bid.HasIndex(b => new { b.ProjectId, b.Seq }).IsUnique();
            bid.HasIndex(b => new { b.ProjectId, b.Account, b.IdempotencyKey }).IsUnique();
            bid.Property(b => b.Account).HasMaxLength(64);
            bid.Property(b => b.FirmName).HasMaxLength(200);
            bid.Property(b => b.IdempotencyKey).HasMaxLength(100);
        });
        modelBuilder.Entity<AuctionPaddle>(paddle =>
        {
            paddle.ToTable("auction_paddles");
            paddle.HasKey(p => new { p.ProjectId, p.Number });
            paddle.HasIndex(p => new { p.ProjectId, p.Account }).IsUnique();
            paddle.Property(p => p.Account).HasMaxLength(64);
            paddle.Property(p => p.FirmName).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
