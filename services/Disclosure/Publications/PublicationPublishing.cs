using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>An approved item goes public, a public one is withdrawn, a rule or normative document abolished.</summary>
static class PublicationPublishing
{
    public static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Publish(Guid id, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (publication.Status != PublicationStatus.Approved)
            {
                return Problems.Conflict("publication-not-approved", "只有通过保密审查的信息可以公开。");
            }
            var now = clock.Now;
            publication.Status = PublicationStatus.Published;
            publication.PublishedAt = now;
            publication.PublishedDate = HallTime.DateOf(now);
            publication.History.Add(new(now, "published", user.UserName(), null));
            var workingDays = Deadlines.Used(calendar.Current, publication.CreatedDate,
                publication.PublishedDate.Value).Days;
            db.AddEvent(new PublicationPublished(publication.Id, publication.IndexNo, publication.Title,
                publication.Category, publication.CreatedDate, now, workingDays));
            DeadlineWarnings.Clear(db, "publication", publication.IndexNo, now);
            return null;
        });

    public static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Withdraw(Guid id,
        WithdrawPublication request, ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar,
        HallClock clock, CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > TextRules.Reason)
            {
                return Problems.Invalid([new("reason", $"请写明撤回原因（最长 {TextRules.Reason} 字）。")]);
            }
            if (publication.Status != PublicationStatus.Published)
            {
                return Problems.Conflict("publication-not-published", "只有已公开的信息可以撤回。");
            }
            publication.Status = PublicationStatus.Withdrawn;
            publication.WithdrawReason = request.Reason.Trim();
            publication.History.Add(new(clock.Now, "withdrawn", user.UserName(), publication.WithdrawReason));
            return null;
        });

    /// <summary>
    /// A rule or normative document is abolished (废止): the annual report stops counting it as in force.
    /// </summary>
    public static Task<Results<Ok<PublicationView>, ProblemHttpResult>> Abolish(Guid id, AbolishDocument request,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        PublicationChanges.ApplyAsync(id, db, calendar, clock, cancellationToken, publication =>
        {
            if (publication.DocumentKind is null)
            {
                return Problems.Conflict("not-a-document", "只有规章和行政规范性文件可以登记废止。");
            }
            if (!Dates.TryParse(request.AbolishedDate, out var date) || date < publication.IssuedDate)
            {
                return Problems.Invalid([new("abolishedDate", "废止日期应为 yyyy-MM-dd，且不早于印发日期。")]);
            }
            publication.AbolishedDate = date;
            publication.History.Add(new(clock.Now, "abolished", user.UserName(), date.ToString("yyyy-MM-dd")));
            return null;
        });
}
