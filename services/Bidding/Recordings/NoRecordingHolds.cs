using Platform.Bidding.Data;

namespace Platform.Bidding.Recordings;

/// <summary>The default until objections are wired in: nothing holds a recording past its retention.</summary>
public sealed class NoRecordingHolds : IRecordingHolds
{
    public Task<ISet<Guid>> ProjectsOnHoldAsync(BiddingDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<ISet<Guid>>(new HashSet<Guid>());
}
