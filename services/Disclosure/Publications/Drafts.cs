using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

static class Drafts
{
    /// <summary>
    /// A new draft with its index number (索引号: organ code / year - five-digit running number of the year).
    /// </summary>
    /// <param name="submitted">Created straight into 保密审查 (the annual report), in the same transaction.</param>
    public static Task<Publication> CreateAsync(DisclosureDbContext db, PublicationDraft draft, DateOnly? issued,
        DateOnly? abolished, string author, DateTimeOffset now, WorkingDayCalendar calendar, string organCode,
        CancellationToken cancellationToken, string? submitted = null) =>
        RunningNumbers.InTransactionAsync(db, async () =>
        {
            var created = HallTime.DateOf(now);
            var publication = new Publication
            {
                Id = Guid.NewGuid(),
                IndexNo = await PublicationNumbers.NextAsync(db, organCode, created, cancellationToken),
                CreatedDate = created,
                Author = author,
                Status = PublicationStatus.Draft,
            };
            PublicationDeadlines.Redate(publication, calendar);
            Apply(publication, draft, issued, abolished);
            publication.History.Add(new(now, "created", author, null));
            if (submitted is not null)
            {
                publication.Status = PublicationStatus.InReview;
                publication.History.Add(new(now, "submitted", author, submitted));
            }
            db.Publications.Add(publication);
            await db.SaveChangesAsync(cancellationToken);
            return publication;
        }, cancellationToken);

    public static void Apply(Publication publication, PublicationDraft draft, DateOnly? issued, DateOnly? abolished)
    {
        publication.Title = draft.Title!.Trim();
        publication.Category = draft.Category!;
        publication.DocumentNo = string.IsNullOrWhiteSpace(draft.DocumentNo) ? null : draft.DocumentNo.Trim();
        publication.IssuingBody = draft.IssuingBody!.Trim();
        publication.Body = draft.Body!;
        publication.Attachments = draft.Attachments ?? [];
        publication.DocumentKind = draft.DocumentKind;
        publication.IssuedDate = issued;
        publication.AbolishedDate = abolished;
    }
}
