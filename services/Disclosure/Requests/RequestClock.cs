using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// The reply clock of DESIGN §6: due 20 working days after the clock starts (receipt, or the answer to a
/// clarification), plus one extension of at most 20, plus the working days spent consulting a third party; counted
/// by the platform's rules (<see cref="Deadlines"/>), provisionally into a year without a holiday notice.
/// </summary>
public static class RequestClock
{
    public const int ReplyWorkingDays = 20;
    public const int MaxExtensionDays = 20;
    /// <summary>A clarification (补正) must be asked within this many working days of receipt.</summary>
    public const int ClarificationWindowDays = 7;

    public static void Receive(DisclosureRequest request, DateTimeOffset receivedAt, WorkingDayCalendar calendar)
    {
        request.ReceivedAt = receivedAt;
        request.ReceivedDate = HallTime.DateOf(receivedAt);
        request.ClockStartDate = request.ReceivedDate;
        request.Status = RequestStatus.Open;
        Recompute(request, calendar);
    }

    /// <summary>Sets the due date from the request's state; null while the clock is stopped.</summary>
    public static void Recompute(DisclosureRequest request, WorkingDayCalendar calendar)
    {
        if (request.Status == RequestStatus.Replied)
        {
            return; // answered: the due date it was answered against stays on record
        }
        var consultation = request.ConsultationPeriods is null
            ? default
            : Deadlines.Stopped(calendar, request.ConsultationPeriods);
        if (request.ConsultationPeriods is not null)
        {
            request.ConsultationWorkingDays = consultation.Days; // imported history brings no periods
        }
        var due = request.Status == RequestStatus.Open
            ? Deadlines.Due(calendar, request.ClockStartDate,
                ReplyWorkingDays + request.ExtensionDays + request.ConsultationWorkingDays)
            : (Deadline?)null;
        request.DueDate = due?.Date;
        request.DueDateProvisional = (due?.Provisional ?? false) || (due is not null && consultation.Provisional);
        request.CalendarVersion = calendar.Version;
    }

    public static bool CanAskClarification(DisclosureRequest request, DateOnly today, WorkingDayCalendar calendar) =>
        request.Status == RequestStatus.Open && request.ClarificationRequestedDate is null
        && Deadlines.Used(calendar, request.ReceivedDate, today).Days <= ClarificationWindowDays;

    public static void AskClarification(DisclosureRequest request, DateOnly today, WorkingDayCalendar calendar)
    {
        request.ClarificationRequestedDate = today;
        request.Status = RequestStatus.AwaitingClarification;
        Recompute(request, calendar);
    }

    /// <summary>The applicant answered: the 20 working days start again from the answer.</summary>
    public static void ClarificationAnswered(DisclosureRequest request, DateOnly today, WorkingDayCalendar calendar)
    {
        request.ClarificationAnsweredDate = today;
        request.ClockStartDate = today;
        request.Status = RequestStatus.Open;
        Recompute(request, calendar);
    }

    public static void Extend(DisclosureRequest request, int workingDays, string reason, WorkingDayCalendar calendar)
    {
        request.ExtensionDays = workingDays;
        request.ExtensionReason = reason;
        Recompute(request, calendar);
    }

    public static void StartConsultation(DisclosureRequest request, string thirdParty, DateOnly today,
        WorkingDayCalendar calendar)
    {
        request.ThirdParty = thirdParty;
        request.ConsultationStartedDate = today;
        request.Status = RequestStatus.Consulting;
        Recompute(request, calendar);
    }

    /// <summary>The third party answered (or its time ran out): the working days in between do not count.</summary>
    public static void EndConsultation(DisclosureRequest request, DateOnly today, WorkingDayCalendar calendar)
    {
        request.ConsultationPeriods = [.. request.ConsultationPeriods ?? [],
            new StoppedPeriod(request.ConsultationStartedDate!.Value, today)];
        request.ConsultationStartedDate = null;
        request.Status = RequestStatus.Open;
        Recompute(request, calendar);
    }

    /// <summary>答复. A reply while the clock is stopped (e.g. 逾期不补正) is on time: no deadline was running.</summary>
    public static void Reply(DisclosureRequest request, string outcome, string? documentNo, DateTimeOffset repliedAt)
    {
        request.Outcome = outcome;
        request.ReplyDocumentNo = documentNo;
        request.RepliedAt = repliedAt;
        request.RepliedDate = HallTime.DateOf(repliedAt);
        request.OnTime = request.DueDate is not { } due || request.RepliedDate <= due;
        request.Status = RequestStatus.Replied;
    }
}
