using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Agent;

/// <summary>代办 at town and village points: the agent's intake and lists, and the county window's handover.</summary>
public static class AgentApi
{
    public static RouteGroupBuilder MapAgentApi(this RouteGroupBuilder api)
    {
        var agent = api.MapGroup("/agent").WithTags("agent").RequireAuthorization(Roles.Agent);
        agent.MapPost("/applications", AgentIntake.Submit)
            .WithSummary("代办员为申请人提交申请");
        agent.MapGet("/applications", AgentLists.Applications)
            .WithSummary("代办员列出本人经办的申请");
        agent.MapGet("/cases", AgentLists.Cases)
            .WithSummary("代办员列出本人经办的办件");
        api.MapPost("/applications/{id:guid}/handover", HandoverStep.Receive).WithTags("agent")
            .RequireAuthorization(Roles.WindowStaff)
            .WithSummary("县级窗口接收代办点移交的申请");
        return api;
    }
}
