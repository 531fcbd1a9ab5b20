using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Intake.Cases;

/// <summary>GET /api/intake/labels: the codes intake answers with, and their Chinese words (anonymous).</summary>
public static class LabelsApi
{
    public static RouteGroupBuilder MapLabelsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/labels", Labels).AllowAnonymous().WithTags("labels")
            .WithSummary("查看办件状态等枚举值的中文名称");
        return api;
    }

    static Ok<LabelsView> Labels() => TypedResults.Ok(new LabelsView(IntakeLabels.CaseStatus,
        IntakeLabels.SuspensionProcedures, IntakeLabels.TicketStatus, IntakeLabels.Outcomes));
}
