using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// The hall's configuration of the four stages: lead department, participating matters (one per department) and the
/// 容缺 list. Staff read it; administrators set it.
/// </summary>
public static class StageDefinitionsApi
{
    public static RouteGroupBuilder MapStageDefinitionsApi(this RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/stage-definitions").WithTags("stages");
        definitions.MapGet("/", List).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看各审批阶段的办理时限等定义");
        definitions.MapPut("/{stage}", Set).RequireAuthorization(Roles.Admin)
            .WithSummary("设置某一审批阶段的定义");
        return api;
    }

    static async Task<Ok<List<StageDefinitionView>>> List(ApprovalDbContext db, CancellationToken cancellationToken)
    {
        var views = new List<StageDefinitionView>();
        foreach (var stage in Enumerable.Range(1, 4))
        {
            if (await StagePlan.LoadAsync(db, stage, cancellationToken) is { } plan)
            {
                views.Add(StageDefinitionView.Of(plan));
            }
        }
        return TypedResults.Ok(views);
    }

    static async Task<Results<Ok<StageDefinitionView>, ProblemHttpResult>> Set(int stage,
        StageDefinitionRequest request, ApprovalDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (!StageNames.IsStage(stage))
        {
            return Problems.Invalid([new("stage", "阶段应为 1 到 4。")]);
        }
        var codes = request.MatterCodes?.Distinct().ToList() ?? [];
        var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code) && m.Published)
            .ToListAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (codes.Count is 0 or > 30)
        {
            errors.Add(new("matterCodes", "请列出 1 到 30 个参与并联审批的事项编码。"));
        }
        foreach (var unknown in codes.Except(matters.Select(m => m.Code)))
        {
            errors.Add(new("matterCodes", $"事项“{unknown}”未在事项目录中发布。"));
        }
        foreach (var twice in matters.GroupBy(m => m.DepartmentCode).Where(g => g.Count() > 1))
        {
            errors.Add(new("matterCodes", $"部门 {twice.Key} 列了多个事项：每个部门在一个阶段只承担一项审批任务。"));
        }
        if (!matters.Any(m => m.DepartmentCode == request.LeadDepartmentCode))
        {
            errors.Add(new("leadDepartmentCode", "牵头部门应是参与本阶段的部门之一。"));
        }
        var names = matters.SelectMany(m => m.Materials).Select(m => m.Name).ToHashSet();
        foreach (var unknown in (request.Deferrable ?? []).Where(d => !names.Contains(d)))
        {
            errors.Add(new("deferrable", $"“{unknown}”不在本阶段事项的材料清单中。"));
        }
        if (request.DeferredWorkingDays is < 1 or > 60)
        {
            errors.Add(new("deferredWorkingDays", "容缺材料补齐期限应为 1 到 60 个工作日。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var definition = await db.StageDefinitions.SingleOrDefaultAsync(d => d.Stage == stage, cancellationToken);
        if (definition is null)
        {
            definition = new StageDefinition { Stage = stage, LeadDepartmentCode = "" };
            db.StageDefinitions.Add(definition);
        }
        definition.LeadDepartmentCode = request.LeadDepartmentCode!;
        definition.MatterCodes = codes;
        definition.Deferrable = request.Deferrable?.Distinct().ToList() ?? [];
        definition.DeferredWorkingDays = request.DeferredWorkingDays ?? 10;
        definition.UpdatedAt = clock.Now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StageDefinitionView.Of((await StagePlan.LoadAsync(db, stage, cancellationToken))!));
    }
}
