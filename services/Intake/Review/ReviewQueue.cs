using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.Intake.Online;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Review;

/// <summary>
/// The window's 预审 queue: applications of every channel in one status (default 待预审), optionally of one channel,
/// oldest first (first come, first reviewed).
/// </summary>
static class ReviewQueue
{
    public static async Task<Results<Ok<PageOf<ApplicationListItem>>, ProblemHttpResult>> List(string? status,
        string? channel, int? page, int? pageSize, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var outcome = status is null ? ApplicationOutcome.PendingReview : ApplicationStatuses.Parse(status);
        var errors = new List<FieldError>();
        if (outcome is null)
        {
            errors.Add(new("status", $"status 应为 {ApplicationStatuses.Values} 之一。"));
        }
        if (channel is not null && !ApplicationChannels.All.Contains(channel))
        {
            errors.Add(new("channel", "channel 应为 window（窗口）、online（网上）或 agent（代办）。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } badPage)
        {
            return badPage;
        }
        var query = db.Applications.Where(a => a.Outcome == outcome && (channel == null || a.Channel == channel));
        return TypedResults.Ok(await ApplicationPages.PageAsync(db, query, newestFirst: false, number, size,
            cancellationToken));
    }
}
