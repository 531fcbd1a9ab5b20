using Platform.Bidding.Auctions;
using Platform.Bidding.Award;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.WorkingDays;

namespace Platform.Bidding.Demo;

/// <summary>
/// The demo's land auctions (挂牌出让): one closed a few weeks ago and awarded to the highest of five bids, one
/// accepting registrations until 12 days after the first start. The steps are AuctionsApi's and AuctionBidding's
/// (the same record entries and events) at the demo's past instants.
/// </summary>
sealed class DemoAuctions(BiddingDbContext db, DemoSteps steps, DateTimeOffset now, CancellationToken token)
{
    static readonly IReadOnlyList<DemoFirm> Firms = DemoFirms.Bidders;

    public async Task AwardedAsync()
    {
        var project = Project("示范市高新区 A-07 地块国有建设用地使用权挂牌出让", 36_000_000m, 200_000m, 36_500_000m,
            Day(-45, 9, 0), Day(-24, 16, 0));
        await steps.AnnounceAsync(project);
        var registrations = new[] { Firms[0], Firms[1], Firms[3] }
            .Select((firm, i) => Register(project, firm, project.BidDeadline.AddDays(i - 5))).ToList();
        var start = project.BidDeadline.AddMinutes(30);
        var paddles = registrations.Select((r, i) => new AuctionPaddle
        {
            ProjectId = project.Id,
            Number = i + 1,
            RegistrationId = r.Id,
            Account = r.Account,
            FirmName = r.FirmName,
        }).ToList();
        db.AddRange(paddles);
        project.Status = ProjectStatus.Auctioning;
        project.OpenedAt = start;
        await ProjectRecord.AppendAsync(db, project.Id, start, "auction-opened", new
        {
            startPrice = project.Budget,
            increment = project.Increment,
            reservePriceSet = true,
            paddles = paddles.Select(p => p.Number),
        }, token);
        (int Paddle, decimal Amount)[] bids =
            [(1, 36_000_000m), (2, 36_200_000m), (1, 36_400_000m), (3, 36_600_000m), (2, 36_800_000m)];
        AuctionBid? highest = null;
        for (var i = 0; i < bids.Length; i++)
        {
            var paddle = paddles[bids[i].Paddle - 1];
            highest = new AuctionBid
            {
                Id = Guid.NewGuid(),
                ProjectId = project.Id,
                Seq = i + 1,
                Paddle = paddle.Number,
                Account = paddle.Account,
                FirmName = paddle.FirmName,
                Amount = bids[i].Amount,
                At = start.AddMinutes(2 + 3 * i),
            };
            db.Add(highest);
            await ProjectRecord.AppendAsync(db, project.Id, highest.At, "auction-bid",
                new { seq = highest.Seq, paddle = highest.Paddle, amount = highest.Amount, at = highest.At }, token);
        }
        var closedAt = start.AddMinutes(30);
        project.OpeningClosedAt = closedAt;
        project.ValidBids = paddles.Count;
        await ProjectRecord.AppendAsync(db, project.Id, closedAt, "auction-closed", new
        {
            bids = bids.Length,
            bidders = paddles.Count,
            highest = new { highest!.Paddle, highest.Amount, firm = highest.FirmName },
            reservePrice = project.ReservePrice,
        }, token);
        await ProjectOutcome.AwardAsync(db, project, null, highest.FirmName, highest.Amount, paddles.Count, closedAt,
            token);
    }

    public async Task AcceptingRegistrationsAsync()
    {
        var project = Project("示范市老城区 B-03 地块国有建设用地使用权挂牌出让", 18_500_000m, 100_000m, 19_000_000m,
            Day(-3, 9, 0), Day(12, 16, 0));
        await steps.AnnounceAsync(project);
        Register(project, Firms[2], Day(-1, 10, 0));
    }

    Registration Register(TradingProject project, DemoFirm firm, DateTimeOffset at)
    {
        var registration = new Registration
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            Account = firm.Account,
            FirmName = firm.Name,
            FirmCreditCode = firm.CreditCode,
            RegisteredAt = at,
        };
        db.Registrations.Add(registration);
        return registration;
    }

    static TradingProject Project(string name, decimal start, decimal increment, decimal reserve,
        DateTimeOffset announcedAt, DateTimeOffset deadline) => new()
        {
            Id = Guid.NewGuid(),
            Name = name,
            Procedure = Procedures.Auction,
            Category = "land",
            Budget = start,
            Increment = increment,
            ReservePrice = reserve,
            BuyerName = DemoFirms.LandBureau.Name,
            BuyerCreditCode = DemoFirms.LandBureau.CreditCode,
            EvaluationMethod = "lowest-price",
            CreatedBy = "trading01",
            AnnouncedAt = announcedAt,
            BidDeadline = deadline,
        };

    /// <summary>The hall's day so many days from the first start, at the hour given.</summary>
    DateTimeOffset Day(int days, int hour, int minute) =>
        new(HallTime.DateOf(now).AddDays(days).ToDateTime(new TimeOnly(hour, minute)), HallTime.Offset);
}
