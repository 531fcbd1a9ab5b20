using Platform.Supervision.Data;

namespace Platform.Supervision.Trading;

/// <summary>
/// The monthly report's 公共资源交易 sheet: the month's trading figures (amounts in yuan, rates as fractions like the
/// other sheets), announced projects one row per procedure.
/// </summary>
static class TradingReportSheets
{
    public const string Figures = "公共资源交易";

    static readonly Dictionary<string, string> ProcedureNames = new()
    {
        ["open-tender"] = "公开招标",
        ["inquiry"] = "询价",
        ["negotiation"] = "竞争性谈判",
        ["fixed-price"] = "固定价比选",
        ["auction"] = "拍卖·挂牌",
    };

    public static async Task<Dictionary<string, List<Dictionary<string, object?>>>> SheetsAsync(
        SupervisionDbContext db, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var f = await TradingFiguresQuery.ComputeAsync(db, start, end, cancellationToken);
        List<Dictionary<string, object?>> rows =
        [
            .. f.ByProcedure.Select(p => Row($"发布公告项目数（{ProcedureNames[p.Key]}）", p.Value)),
            Row("中标（成交）项目数", f.Awarded), Row("流标项目数", f.Failed), Row("预算（控制价）合计（元）", f.BudgetTotal),
            Row("中标（成交）金额合计（元）", f.AwardTotal), Row("节资率", f.SavingRate),
            Row("平均有效投标数", f.AverageValidBids), Row("异议数", f.ObjectionsRaised),
            Row("异议成立数", f.ObjectionsUpheld), Row("30日内签订合同数", f.ContractsSignedOnTime),
            Row("合同按时签订率", f.ContractsOnTimeRate),
        ];
        return new() { [Figures] = rows };
    }

    static Dictionary<string, object?> Row(string name, object? value) => new() { ["指标"] = name, ["值"] = value };
}
