using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using static Platform.ComponentTests.Supervision.ApprovalEventsScenario;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// DESIGN §5's trading figures from bidding's events (published straight onto supervision's bus), computed by hand for
/// October 2025 (hall dates): announced projects by procedure, awards, 流标, budgets and award amounts, objections and
/// contracts signed within 30 days of the award.
/// </summary>
public sealed class TradingFiguresTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static readonly Guid P1 = Guid.NewGuid(), P2 = Guid.NewGuid(), P3 = Guid.NewGuid(), P4 = Guid.NewGuid();
    static readonly Guid P5 = Guid.NewGuid(), P6 = Guid.NewGuid(), P7 = Guid.NewGuid(), P8 = Guid.NewGuid();
    static readonly Guid O1 = Guid.NewGuid(), O2 = Guid.NewGuid(), O3 = Guid.NewGuid(), O4 = Guid.NewGuid();

    /// <summary>
    /// P1 open-tender announced in September, awarded 10-15 (budget 1,000,000, award 920,000, 5 valid bids), its contract
    /// signed on day 29 (11-13); objection O1 raised 10-11, upheld. P2 inquiry, told backwards: contract signed on day 31
    /// (11-20) of its award 10-20 (budget 200,000 — the announcement's 180,000 is superseded —, award 150,000, 3 valid
    /// bids), announced 10-02; objection O2 raised 10-16 and not upheld 11-02, the decision told first. P3 open-tender
    /// announced 10-05, 流标 10-25. P4 negotiation announced 10-08, awarded 11-03; O3 raised 11-02, upheld. P5 auction
    /// announced 23:30 on 10-31, P6 fixed-price 00:30 on 11-01 (both given in UTC). P7 fixed-price failed 23:59 on 09-30;
    /// O4 against it raised 09-29, upheld.
    /// October: open-tender 1 (P3), inquiry 1, negotiation 1, fixed-price 0, auction 1; awarded 2 (P1, P2); failed 1;
    /// budgets 1,200,000, awards 1,070,000, saving rate 130,000 / 1,200,000; valid bids (5 + 3) / 2 = 4; objections 2,
    /// upheld 1; contracts on time 1 of 2.
    /// </summary>
    static readonly Func<ApprovalEventsScenario, Task>[] Story =
    [
        h => h.PublishAsync(Announced(P1, "open-tender", 1_000_000m, At("2025-09-20T09:00"))),
        h => h.PublishAsync(new TradingProjectOpened(P1, "open-tender", At("2025-10-10T09:30"), 6, 5)),
        h => h.PublishAsync(new TradingObjectionRaised(P1, O1, At("2025-10-11T10:00"))),
        h => h.PublishAsync(new TradingObjectionDecided(P1, O1, true, At("2025-10-14T16:00"))),
        h => h.PublishAsync(Awarded(P1, "open-tender", 1_000_000m, 920_000m, 5, "2025-10-15T10:00")),
        h => h.PublishAsync(Signed(P1, "2025-10-15T10:00", "2025-11-13T15:00")),
        h => h.PublishAsync(Signed(P2, "2025-10-20T10:00", "2025-11-20T09:00")),
        h => h.PublishAsync(Awarded(P2, "inquiry", 200_000m, 150_000m, 3, "2025-10-20T10:00")),
        h => h.PublishAsync(new TradingObjectionDecided(P2, O2, false, At("2025-11-02T10:00"))),
        h => h.PublishAsync(new TradingProjectOpened(P2, "inquiry", At("2025-10-12T09:00"), 4, 4)),
        h => h.PublishAsync(new TradingObjectionRaised(P2, O2, At("2025-10-16T09:00"))),
        h => h.PublishAsync(Announced(P2, "inquiry", 180_000m, At("2025-10-02T09:00"))),
        h => h.PublishAsync(Announced(P3, "open-tender", 300_000m, At("2025-10-05T09:00"))),
        h => h.PublishAsync(new TradingProjectOpened(P3, "open-tender", At("2025-10-25T09:30"), 2, 2)),
        h => h.PublishAsync(new TradingProjectFailed(P3, "open-tender", 300_000m, 2, "有效投标不足三家", At("2025-10-25T11:00"))),
        h => h.PublishAsync(Announced(P4, "negotiation", 500_000m, At("2025-10-08T09:00"))),
        h => h.PublishAsync(new TradingObjectionRaised(P4, O3, At("2025-11-02T09:00"))),
        h => h.PublishAsync(new TradingObjectionDecided(P4, O3, true, At("2025-11-05T09:00"))),
        h => h.PublishAsync(Awarded(P4, "negotiation", 500_000m, 480_000m, 2, "2025-11-03T10:00")),
        h => h.PublishAsync(Announced(P5, "auction", 50_000m, Utc("2025-10-31T15:30:00Z"))),
        h => h.PublishAsync(Announced(P6, "fixed-price", 80_000m, Utc("2025-10-31T16:30:00Z"))),
        h => h.PublishAsync(Announced(P7, "fixed-price", 60_000m, At("2025-09-01T09:00"))),
        h => h.PublishAsync(new TradingObjectionRaised(P7, O4, At("2025-09-29T09:00"))),
        h => h.PublishAsync(new TradingObjectionDecided(P7, O4, true, At("2025-09-29T15:00"))),
        h => h.PublishAsync(new TradingProjectFailed(P7, "fixed-price", 60_000m, 0, "无人报价", At("2025-09-30T23:59"))),
    ];

    static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    static TradingProjectAnnounced Announced(Guid project, string procedure, decimal budget, DateTimeOffset at) =>
        new(project, "项目" + project.ToString()[..4], procedure, "goods", budget, "某采购人", at, at.AddDays(20));

    static TradingProjectAwarded Awarded(Guid project, string procedure, decimal budget, decimal amount, int validBids,
        string at) => new(project, procedure, "goods", budget, amount, "某公司", validBids, At(at));

    /// <summary>Within the deadline as bidding judges it: signed no later than the 30th day after the award.</summary>
    static TradingContractSigned Signed(Guid project, string awardedAt, string signedAt) =>
        new(project, At(awardedAt), At(signedAt), Day(signedAt[..10]).DayNumber - Day(awardedAt[..10]).DayNumber <= 30);

    async Task TellAsync(IEnumerable<Func<ApprovalEventsScenario, Task>> story)
    {
        foreach (var step in story)
        {
            await step(_hall);
        }
    }

    static void AssertFigures(JsonElement f, int[] byProcedure, int awarded, int failed, decimal budget, decimal award,
        double? savingRate, double? validBids, int raised, int upheld, int onTime, double? onTimeRate)
    {
        Assert.Equal(["from", "to", "byProcedure", "awarded", "failed", "budgetTotal", "awardTotal", "savingRate",
            "averageValidBids", "objectionsRaised", "objectionsUpheld", "contractsSignedOnTime", "contractsOnTimeRate"],
            f.EnumerateObject().Select(p => p.Name));
        var procedures = f.GetProperty("byProcedure").EnumerateObject().ToList();
        Assert.Equal(["open-tender", "inquiry", "negotiation", "fixed-price", "auction"], procedures.Select(p => p.Name));
        Assert.Equal(byProcedure, procedures.Select(p => p.Value.GetInt32()));
        Assert.Equal(awarded, f.GetProperty("awarded").GetInt32());
        Assert.Equal(failed, f.GetProperty("failed").GetInt32());
        Assert.Equal(JsonValueKind.Number, f.GetProperty("budgetTotal").ValueKind);
        Assert.Equal(budget, f.GetProperty("budgetTotal").GetDecimal());
        Assert.Equal(award, f.GetProperty("awardTotal").GetDecimal());
        AssertNumber(savingRate, f.GetProperty("savingRate"));
        AssertNumber(validBids, f.GetProperty("averageValidBids"));
        Assert.Equal(raised, f.GetProperty("objectionsRaised").GetInt32());
        Assert.Equal(upheld, f.GetProperty("objectionsUpheld").GetInt32());
        Assert.Equal(onTime, f.GetProperty("contractsSignedOnTime").GetInt32());
        AssertNumber(onTimeRate, f.GetProperty("contractsOnTimeRate"));
    }

    static void AssertNumber(double? expected, JsonElement actual)
    {
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
            return;
        }
        Assert.Equal(expected.Value, actual.GetDouble(), 9);
    }

    async Task AssertPeriodsAsync()
    {
        var october = await _hall.GetAsync("/api/supervision/trading?from=2025-10-01&to=2025-10-31");
        Assert.Equal("2025-10-01", october.GetProperty("from").GetString());
        Assert.Equal("2025-10-31", october.GetProperty("to").GetString());
        AssertFigures(october, [1, 1, 1, 0, 1], 2, 1, 1_200_000m, 1_070_000m, 130_000.0 / 1_200_000, 4, 2, 1, 1, 0.5);

        // P6's announcement, P4's award (20,000 saved of 500,000, 2 valid bids, no contract yet) and O3.
        var november = await _hall.GetAsync("/api/supervision/trading?from=2025-11-01&to=2025-11-30");
        AssertFigures(november, [0, 0, 0, 1, 0], 1, 0, 500_000m, 480_000m, 0.04, 2, 1, 1, 0, 0.0);
        // P1's and P7's announcements, P7's failure at 23:59 and O4.
        var september = await _hall.GetAsync("/api/supervision/trading?from=2025-09-01&to=2025-09-30");
        AssertFigures(september, [1, 0, 0, 1, 0], 0, 1, 0m, 0m, null, null, 1, 1, 0, null);
        var lastDay = await _hall.GetAsync("/api/supervision/trading?from=2025-10-31&to=2025-10-31");
        AssertFigures(lastDay, [0, 0, 0, 0, 1], 0, 0, 0m, 0m, null, null, 0, 0, 0, null);
    }

    [Fact]
    public async Task The_figures_of_a_period_are_the_hand_computed_ones()
    {
        await TellAsync(Story);

        await AssertPeriodsAsync();
    }

    [Fact]
    public async Task Events_arriving_in_reverse_order_give_the_same_figures()
    {
        await TellAsync(Story.Reverse());

        await AssertPeriodsAsync();
    }

    [Fact]
    public async Task A_message_delivered_twice_counts_once()
    {
        await TellAsync(Story);
        // P8: awarded 10-30 at its budget (100,000), 4 valid bids; delivered twice under one MessageId.
        var award = Awarded(P8, "open-tender", 100_000m, 100_000m, 4, "2025-10-30T10:00");
        var id = await _hall.PublishAsync(award);
        await _hall.PublishAsync(award, id, times: 2);
        var objection = new TradingObjectionRaised(P8, Guid.NewGuid(), At("2025-10-29T10:00"));
        var again = await _hall.PublishAsync(objection);
        await _hall.PublishAsync(objection, again, times: 2);

        var october = await _hall.GetAsync("/api/supervision/trading?from=2025-10-01&to=2025-10-31");
        AssertFigures(october, [1, 1, 1, 0, 1], 3, 1, 1_300_000m, 1_170_000m, 0.1, 4, 3, 1, 1, 1.0 / 3);
        // The repeat was skipped by the inbox, not applied a second time to the same effect.
        await using var scope = _hall.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        Assert.Equal(1, (await db.TradingProjects.SingleAsync(p => p.ProjectId == P8)).ConcurrencyStamp);
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == id));
    }

    [Theory]
    [InlineData("from=2025-10-31&to=2025-10-01")]
    [InlineData("from=2025-10-01")]
    [InlineData("from=2025-10-01&to=2025-10-32")]
    [InlineData("from=2025/10/01&to=2025-10-31")]
    public async Task A_bad_period_is_a_400_problem_naming_it(string query)
    {
        var problem = await (await _hall.Supervisor.GetAsync("/api/supervision/trading?" + query))
            .AssertProblemAsync(400, "validation-failed");
        Assert.Contains("from", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_monthly_report_has_the_trading_sheet()
    {
        await TellAsync(Story);

        var xlsx = await _hall.Supervisor.GetByteArrayAsync("/api/supervision/reports/monthly/2025-10");
        using var workbook = new MemoryStream(xlsx);
        var figures = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "公共资源交易").Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["指标"], r => r["值"]);
        Assert.Equal(["发布公告项目数（公开招标）", "发布公告项目数（询价）", "发布公告项目数（竞争性谈判）", "发布公告项目数（固定价比选）",
            "发布公告项目数（拍卖·挂牌）", "中标（成交）项目数", "流标项目数", "预算（控制价）合计（元）", "中标（成交）金额合计（元）", "节资率",
            "平均有效投标数", "异议数", "异议成立数", "30日内签订合同数", "合同按时签订率"], figures.Keys);
        Assert.Equal(2.0, figures["中标（成交）项目数"]);
        Assert.Equal(1.0, figures["流标项目数"]);
        Assert.Equal(1_200_000.0, Convert.ToDouble(figures["预算（控制价）合计（元）"], CultureInfo.InvariantCulture));
        Assert.Equal(1_070_000.0, Convert.ToDouble(figures["中标（成交）金额合计（元）"], CultureInfo.InvariantCulture));
        Assert.Equal(130_000.0 / 1_200_000, (double)figures["节资率"], 9);
        Assert.Equal(0.5, figures["合同按时签订率"]);

        var csv = await _hall.Supervisor.GetStringAsync("/api/supervision/reports/monthly/2025-10?format=csv");
        Assert.Contains("公共资源交易\r\n指标,值\r\n发布公告项目数（公开招标）,1\r\n发布公告项目数（询价）,1\r\n",
            csv.Replace("\r\n", "\n").Replace("\n", "\r\n"));
        Assert.Contains("异议成立数,1\r\n30日内签订合同数,1\r\n合同按时签订率,0.5\r\n", csv.Replace("\r\n", "\n").Replace("\n", "\r\n"));
    }
}
