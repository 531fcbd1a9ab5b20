using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>A draft goes into 保密审查, and comes out of it approved or sent back.</summary>
static class PublicationReview
{
    public static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Submit(Guid id, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Draft)
            {
                return Problems.Conflict("publication-not-draft", "只有草稿可以提交保密审查。");
            }
            publication.Status = PublicationStatus.InReview;
            publication.History.Add(new(clock.Now, "submitted", user.UserName(), null));
            return null;
        });

    /// <summary>保密审查 ("先审查、后发布"): approve, or send back to the author with a note. Never by the author.</summary>
    public static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Review(Guid id, ReviewDecision decision,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (decision.Decision is not ("approve" or "send-back"))
            {
                return Problems.Invalid([new("decision", "审查结论应为 approve（同意公开）或 send-back（退回修改）。")]);
            }
            if (decision.Decision == "send-back" && string.IsNullOrWhiteSpace(decision.Note))
            {
                return Problems.Invalid([new("note", "退回修改时请写明原因。")]);
            }
            if (decision.Note?.Length > TextRules.Reason)
            {
                return Problems.Invalid([new("note", $"审查意见最长 {TextRules.Reason} 字。")]);
            }
            if (publication.Status != PublicationStatus.InReview)
            {
                return Problems.Conflict("publication-not-in-review", "这条信息没有在等待保密审查。");
            }
            var reviewer = user.UserName();
            if (reviewer == publication.Author)
            {
                return Problems.Of(StatusCodes.Status403Forbidden, "reviewer-is-author", "保密审查须由起草人以外的人员进行。");
            }
            var approved = decision.Decision == "approve";
            publication.Status = approved ? PublicationStatus.Approved : PublicationStatus.Draft;
            publication.Reviewer = reviewer;
            publication.ReviewNote = decision.Note?.Trim();
            var step = approved ? "approved" : "sent-back";
            publication.History.Add(new(clock.Now, step, reviewer, publication.ReviewNote));
            return null;
        });
}
