using Platform.Disclosure.Data;
using Platform.Disclosure.Numbering;
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
        YearCounters.InTransactionAsync(db, async () =>
        {
            var created = HallTime.DateOf(now);
            var number = await YearCounters.NextAsync(db, "publication", created.Year, cancellationToken);
            var publication = new Publication
            {
                Id = Guid.NewGuid(),
                IndexNo = $"{organCode}/{created.Year}-{number:D5}",
                CreatedDate = created,
                PublishDueDate = calendar.AddWorkingDays(created, PublicationCodes.PublishWithinWorkingDays),
                Author = author,
                Status = PublicationStatus.Draft,
            };
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
