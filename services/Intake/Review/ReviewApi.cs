using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Review;

/// <summary>预审 at the county hall's windows: the queue of applications waiting for it, and the decision.</summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("review").RequireAuthorization(Roles.WindowStaff);
        applications.MapGet("/", ReviewQueue.List)
            .WithSummary("列出待预审的网上申请");
        applications.MapPost("/{id:guid}/review", ReviewStep.Review)
            .WithSummary("对网上申请作出预审结论");
        return api;
    }
}
