using Platform.Bidding.Data;

namespace Platform.Bidding.Recordings;

/// <summary>
/// The projects whose recordings must outlive their retention: those with an open objection (异议), whose decision
/// may need the evidence. Behind an interface so the objections (another feature) plug in without this folder
/// knowing them.
/// </summary>
public interface IRecordingHolds
{
    Task<ISet<Guid>> ProjectsOnHoldAsync(BiddingDbContext db, CancellationToken cancellationToken);
}
