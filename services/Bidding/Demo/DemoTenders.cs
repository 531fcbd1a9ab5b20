using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Projects;
using Platform.WorkingDays;

namespace Platform.Bidding.Demo;

/// <summary>
/// The demo's four projects: an open tender accepting bids; one opened, scored by its drawn experts, publicised with
/// its candidates, awarded and contracted a few weeks ago; a fixed-price selection won by the drawn firm; and an open
/// tender failed for too few bids.
/// </summary>
sealed class DemoTenders(BiddingDbContext db, DemoSteps steps, DateTimeOffset now, CancellationToken token)
{
    static readonly IReadOnlyList<DemoFirm> Firms = DemoFirms.Bidders;

    public async Task AcceptingBidsAsync()
    {
        // Announced a week ago, so the deadline 14 days after the first start leaves the legal 20 days.
        var project = Project("示范市第二实验小学迁建工程施工", Procedures.OpenTender, 38_600_000m, DemoFirms.SchoolBureau,
            Day(-7, 9, 0), Day(14, 9, 30));
        project.Qualification = "建筑工程施工总承包二级及以上资质";
        await steps.AnnounceAsync(project);
    }

    public async Task AwardedAsync()
    {
        var project = Project("示范市人民医院门诊楼装修改造工程", Procedures.OpenTender, 12_800_000m, DemoFirms.Hospital,
            Day(-60, 9, 0), Day(-35, 9, 30));
        await steps.AnnounceAsync(project);
        var bids = new List<(Bids.Bid, byte[])>();
        decimal[] prices = [12_350_000m, 11_986_500m, 12_480_000m];
        for (var i = 0; i < prices.Length; i++)
        {
            bids.Add(await steps.BidAsync(project, Firms[i], new { price = prices[i], duration = "180 日历天" },
                project.BidDeadline.AddDays(i - 3).AddHours(-2)));
        }
        var experts = DemoDraws.Drawn(project.Id, DrawPurposes.Experts, DemoExperts.Specialty, 5,
            DemoExperts.Codes, Firms.Take(3).Select(f => f.Name),
            project.BidDeadline.AddDays(-1), project.BidDeadline.AddHours(-1));
        db.Add(experts);
        await steps.OpenAsync(project, bids);
        // The committee's 符合性评审 the next day, the candidates published the day after (3 days' publicity, no
        // 异议), the award two days after the publicity ended.
        await steps.ScoreAsync(project, experts.Selected, bids.Select(b => b.Item1).ToList(),
            project.BidDeadline.AddDays(1));
        await steps.CandidatesAsync(project, bids.Select(b => b.Item1).ToList(), project.BidDeadline.AddDays(2));
        await steps.AwardAsync(project, project.Candidates[0], project.BidDeadline.AddDays(7));
        await steps.ContractAsync(project, project.AwardedAt!.Value.AddDays(12));
    }

    public async Task FixedPriceAsync()
    {
        var project = Project("示范市城区道路标线维护服务", Procedures.FixedPrice, 680_000m, DemoFirms.Roads,
            Day(-40, 9, 0), Day(-30, 9, 30));
        project.Category = "services";
        await steps.AnnounceAsync(project);
        var draw = DemoDraws.Drawn(project.Id, DrawPurposes.Firms, null, 1, Firms.Take(4).Select(f => f.Name), [],
            project.AnnouncedAt.AddDays(1), project.BidDeadline.AddHours(1));
        db.Add(draw);
        await DemoDraws.AwardDrawnAsync(db, project, draw, token);
    }

    public async Task FailedAsync()
    {
        var project = Project("示范市城东片区供水管网改造工程", Procedures.OpenTender, 5_200_000m, DemoFirms.Water,
            Day(-50, 9, 0), Day(-25, 9, 30));
        await steps.AnnounceAsync(project);
        var bids = new List<(Bids.Bid, byte[])>
        {
            await steps.BidAsync(project, Firms[4], new { price = 5_080_000m, duration = "150 日历天" },
                project.BidDeadline.AddDays(-2)),
            await steps.BidAsync(project, Firms[2], new { price = 4_960_000m, duration = "160 日历天" },
                project.BidDeadline.AddDays(-1)),
        };
        await steps.OpenAsync(project, bids);
    }

    static TradingProject Project(string name, string procedure, decimal budget, DemoFirm buyer,
        DateTimeOffset announcedAt, DateTimeOffset deadline) => new()
        {
            Id = Guid.NewGuid(),
            Name = name,
            Procedure = procedure,
            Category = "works",
            Budget = budget,
            BuyerName = buyer.Name,
            BuyerCreditCode = buyer.CreditCode,
            EvaluationMethod = "lowest-price",
            CreatedBy = "trading01",
            AnnouncedAt = announcedAt,
            BidDeadline = deadline,
        };

    /// <summary>The hall's day so many days from the first start, at the hour given.</summary>
    DateTimeOffset Day(int days, int hour, int minute) =>
        new(HallTime.DateOf(now).AddDays(days).ToDateTime(new TimeOnly(hour, minute)), HallTime.Offset);
}
