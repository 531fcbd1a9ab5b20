using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;

namespace Platform.Supervision.Trading;

/// <summary>公共资源交易 figures from bidding's events, for supervisors.</summary>
public static class TradingFiguresApi
{
    public static RouteGroupBuilder MapTradingFiguresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/trading", Get).RequireAuthorization(Roles.Supervisor).WithTags("trading")
            .WithSummary("查看公共资源交易的监督数据");
        return api;
    }

    static async Task<Results<Ok<TradingFigures>, ProblemHttpResult>> Get(string? from, string? to,
        SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        return TypedResults.Ok(await TradingFiguresQuery.ComputeAsync(db, start, end, cancellationToken));
    }
}
