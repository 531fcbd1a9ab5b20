using Platform.Bidding.Award;
using Platform.Bidding.Bids;
using Platform.Bidding.Data;
using Platform.Bidding.Evaluation;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Bidding.Demo;

/// <summary>
/// The steps of the live flow (ProjectsApi, BidUpload, OpeningApi, BidKeys, evaluation, AwardApi) at the demo's
/// past instants: each sets what the endpoint sets, appends the same record entry and adds the same event.
/// </summary>
sealed class DemoSteps(BiddingDbContext db, BiddingOptions options, CancellationToken cancellationToken)
{
    public async Task AnnounceAsync(TradingProject project)
    {
        project.Status = ProjectStatus.Announced;
        project.OpeningWindow = options.OpeningWindow;
        await Announcement.StageAsync(db, project, cancellationToken);
    }

    public async Task<(Bid Bid, byte[] Key)> BidAsync(TradingProject project, DemoFirm firm, object content,
        DateTimeOffset at)
    {
        db.Registrations.Add(new Registration
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            Account = firm.Account,
            FirmName = firm.Name,
            FirmCreditCode = firm.CreditCode,
            RegisteredAt = at.AddDays(-2),
        });
        var (bid, key) = DemoSealing.Seal(project.Id, firm, content, at);
        db.Bids.Add(bid);
        project.Status = ProjectStatus.Bidding;
        await ProjectRecord.AppendAsync(db, project.Id, at, "bid-received", new
        {
            bidId = bid.Id,
            firm = bid.FirmName,
            firmCreditCode = bid.FirmCreditCode,
            plaintextSha256 = bid.PlaintextSha256,
        }, cancellationToken);
        return (bid, key);
    }

    /// <summary>The opening at the deadline, every bid opened with its key, the opening closed.</summary>
    public async Task OpenAsync(TradingProject project, IReadOnlyList<(Bid Bid, byte[] Key)> bids)
    {
        var at = project.BidDeadline;
        project.Status = ProjectStatus.Opened;
        project.OpenedAt = at;
        await ProjectRecord.AppendAsync(db, project.Id, at, "opening", new
        {
            keysDueAt = project.KeysDueAt,
            bids = bids.Select(b => b.Bid).OrderBy(b => b.SubmittedAt).Select(b => new
            {
                bidId = b.Id,
                firm = b.FirmName,
                plaintextSha256 = b.PlaintextSha256
            }),
        }, cancellationToken);
        for (var i = 0; i < bids.Count; i++)
        {
            var (bid, key) = bids[i];
            var (plaintext, price) = DemoSealing.Open(bid, key);
            bid.Status = BidStatus.Decrypted;
            (bid.Plaintext, bid.Price, bid.DecryptedAt) = (plaintext, price, at.AddMinutes(3 + 4 * i));
            await ProjectRecord.AppendAsync(db, project.Id, bid.DecryptedAt.Value, "bid-decrypted",
                new { bidId = bid.Id, firm = bid.FirmName, price, plaintextSha256 = bid.PlaintextSha256 },
                cancellationToken);
        }
        await CloseAsync(project, bids.Count);
    }

    async Task CloseAsync(TradingProject project, int bids)
    {
        var at = project.KeysDueAt;
        project.OpeningClosedAt = at;
        project.ValidBids = bids;
        db.AddEvent(new TradingProjectOpened(project.Id, project.Procedure, project.OpenedAt!.Value, bids, bids));
        if (project.Procedure == Procedures.OpenTender && bids < options.MinimumValidBids)
        {
            await ProjectOutcome.FailAsync(db, project, bids,
                $"有效投标不足 {options.MinimumValidBids} 家（{bids} 家），流标", at, cancellationToken);
            return;
        }
        project.Status = ProjectStatus.Evaluating;
        await ProjectRecord.AppendAsync(db, project.Id, at, "opening-closed", new { validBids = bids },
            cancellationToken);
    }

    /// <summary>Each drawn expert finds every bid qualified (符合性评审), a quarter of an hour apart.</summary>
    public async Task ScoreAsync(TradingProject project, IReadOnlyList<string> experts, IReadOnlyList<Bid> bids,
        DateTimeOffset at)
    {
        for (var i = 0; i < experts.Count; i++)
        {
            await ExpertScoring.StageAsync(db, project.Id, experts[i], DemoExperts.AccountOf(experts[i]),
                bids.Select(b => new ScoreLine(b.Id, null, true, null)), at.AddMinutes(15 * i), cancellationToken);
        }
    }

    public async Task CandidatesAsync(TradingProject project, IReadOnlyList<Bid> bids, DateTimeOffset at)
    {
        var valid = bids.Select(b => new RankingBid(b.Id, b.FirmName, b.Price!.Value, b.SubmittedAt)).ToList();
        // Every sheet found every bid qualified, so the ranking is the prices' order, as without sheets.
        await CandidatesApi.StageAsync(db, project, Ranking.Rank(project.EvaluationMethod, project.PriceWeight,
            valid, []), at, options.PublicityDays, cancellationToken);
    }

    public async Task AwardAsync(TradingProject project, Candidate winner, DateTimeOffset at)
    {
        await ProjectOutcome.AwardAsync(db, project, winner.BidId, winner.Firm, winner.Price,
            project.ValidBids ?? 0, at, cancellationToken);
    }

    public async Task ContractAsync(TradingProject project, DateTimeOffset at)
    {
        project.ContractSignedAt = at;
        var onTime = at <= project.AwardedAt!.Value.AddDays(Award.AwardApi.ContractDays);
        await ProjectRecord.AppendAsync(db, project.Id, at, "contract", new { signedAt = at, withinDeadline = onTime },
            cancellationToken);
        db.AddEvent(new TradingContractSigned(project.Id, project.AwardedAt.Value, at, onTime));
    }
}
