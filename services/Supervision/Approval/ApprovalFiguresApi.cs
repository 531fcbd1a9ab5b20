using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;

namespace Platform.Supervision.Approval;

/// <summary>并联审批 figures and the departments' task timeliness, for supervisors.</summary>
public static class ApprovalFiguresApi
{
    public static RouteGroupBuilder MapApprovalFiguresApi(this RouteGroupBuilder api)
    {
        var approval = api.MapGroup("/approval").WithTags("approval").RequireAuthorization(Roles.Supervisor);
        approval.MapGet("/", Get)
            .WithSummary("查看并联审批的汇总数据");
        approval.MapGet("/departments", Departments)
            .WithSummary("查看各部门并联审批任务的按时办结情况");
        return api;
    }

    static async Task<Results<Ok<ApprovalFigures>, ProblemHttpResult>> Get(string? from, string? to, string? stage,
        SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var query = Query(from, to, stage);
        if (query.Problem is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(
            await ApprovalFiguresQuery.ComputeAsync(db, query.Start, query.End, query.Stage, cancellationToken));
    }

    static async Task<Results<Ok<List<DepartmentTimeliness>>, ProblemHttpResult>> Departments(string? from,
        string? to, string? stage, SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var query = Query(from, to, stage);
        if (query.Problem is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(
            await ApprovalFiguresQuery.RankAsync(db, query.Start, query.End, query.Stage, cancellationToken));
    }

    /// <summary>The period and the optional stage, or the problem with them.</summary>
    static (DateOnly Start, DateOnly End, int? Stage, ProblemHttpResult? Problem) Query(string? from, string? to,
        string? stage)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return (default, default, null, Problems.BadPeriod());
        }
        if (stage is null)
        {
            return (start, end, null, null);
        }
        if (!int.TryParse(stage, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > 4)
        {
            return (start, end, null, Problems.Invalid(
                [new("stage", "阶段应为 1 到 4：1 立项用地规划许可，2 工程建设许可，3 施工许可，4 竣工验收。")]));
        }
        return (start, end, number, null);
    }
}
