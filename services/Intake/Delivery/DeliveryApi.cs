using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Delivery;

/// <summary>送达: the applicant's (or agent's) choice of delivery, and staff recording the delivery itself.</summary>
public static class DeliveryApi
{
    /// <summary>Case numbers are at most 32 characters: a longer one is simply not a case (404).</summary>
    const string Route = "/cases/{caseNo:maxlength(32)}/delivery";

    public static RouteGroupBuilder MapDeliveryApi(this RouteGroupBuilder api)
    {
        // Who may act on which case is decided inside (the case's applicant, an agent of its point, staff).
        api.MapPut(Route, DeliveryChoice.Choose).WithTags("delivery")
            .RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("申请人选择办结材料的送达方式");
        api.MapPost(Route, DeliveryRecording.Record).WithTags("delivery")
            .RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("窗口登记送达结果");
        return api;
    }
}
