using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Agent;

/// <summary>代办 at town and village points: the agent's intake and lists, and the county window's handover.</summary>
public static class AgentApi
{
    public static RouteGroupBuilder MapAgentApi(this RouteGroupBuilder api)
    {
        var agent = api.MapGroup("/agent").WithTags("agent").RequireAuthorization(Roles.Agent);
        agent.MapPost("/applications", AgentIntake.Submit);
        agent.MapGet("/applications", AgentLists.Applications);
        agent.MapGet("/cases", AgentLists.Cases);
        api.MapPost("/applications/{id:guid}/handover", HandoverStep.Receive).WithTags("agent")
            .RequireAuthorization(Roles.WindowStaff);
        return api;
    }
}
