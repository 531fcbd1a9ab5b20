using Platform.WorkingDays;

namespace Platform.Disclosure.Publications;

/// <summary>
/// A publication's publish-by date (DESIGN §6: within 20 working days of its creation) and when it is overdue, on the
/// platform's rules (<see cref="Deadlines.PublishBy"/>, <see cref="Deadlines.IsLate"/>): a publication is overdue, and
/// red, once a working day after its publish-by date has begun.
/// </summary>
public static class PublicationDeadlines
{
    /// <summary>Still to be published: neither published nor withdrawn.</summary>
    public static bool IsPending(Publication p) =>
        p.Status is not (PublicationStatus.Published or PublicationStatus.Withdrawn);

    public static IQueryable<Publication> Pending(IQueryable<Publication> publications) =>
        publications.Where(p => p.Status != PublicationStatus.Published && p.Status != PublicationStatus.Withdrawn);

    /// <summary>The publish-by date from the creation date (provisional where it must be).</summary>
    public static void Redate(Publication publication, WorkingDayCalendar calendar)
    {
        var due = Deadlines.PublishBy(calendar, publication.CreatedDate);
        publication.PublishDueDate = due.Date;
        publication.PublishDueDateProvisional = due.Provisional;
    }

    /// <summary>Today, pending publications due before the returned date are overdue.</summary>
    public static DateOnly OverdueWhenDueBefore(WorkingDayCalendar calendar, HallClock clock) =>
        Deadlines.LateWhenDueBefore(calendar, HallTime.DateOf(clock.Now));
}
