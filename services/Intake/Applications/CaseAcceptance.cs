using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Applications;

/// <summary>受理, shared by the window's acceptance and the acceptance after a supplement.</summary>
static class CaseAcceptance
{
    /// <summary>受理: the case, its number, its due date and its event, staged on the context.</summary>
    public static async Task<Case> Accept(IntakeDbContext db, Application application, LocalMatter matter,
        WorkingDayCalendar calendar, DateTimeOffset acceptedAt, CancellationToken cancellationToken)
    {
        var caseNo = await CaseNumbers.NextAsync(db, HallTime.DateOf(acceptedAt), cancellationToken);
        var (pointCode, pointLevel) = await ServicePoints.ResolveAsync(db, application.PointCode, application.WindowNo,
            cancellationToken);
        var @case = new Case
        {
            CaseNo = caseNo,
            ApplicationId = application.Id,
            MatterCode = matter.Code,
            MatterName = matter.Name,
            MatterVersion = matter.Version,
            DepartmentCode = matter.DepartmentCode,
            HandlingKind = matter.HandlingKind,
            StatutoryLimitDays = matter.StatutoryLimitDays,
            PromisedLimitDays = matter.PromisedLimitDays,
            Applicant = application.Applicant,
            ResponsibleStaff = application.ResponsibleStaff,
            WindowNo = application.WindowNo,
            TicketNumber = application.TicketNumber,
            TicketDay = application.TicketDay,
            CalendarVersion = calendar.Version,
            Channel = application.Channel,
            PointCode = pointCode,
            PointLevel = pointLevel,
            Visits = application.Visits,
            ApplicantAccount = application.ApplicantAccount,
            AgentAccount = application.AgentAccount,
        };
        CaseClock.Start(@case, acceptedAt, calendar);
        var ticket = application.TicketNumber is { } number ? $"（排队号 {number}）" : "";
        @case.Timeline.Add(new(acceptedAt, "accepted", $"受理，承诺 {matter.PromisedLimitDays} 个工作日内办结{ticket}"));
        application.Outcome = ApplicationOutcome.Accepted;
        application.CaseNo = caseNo;
        if (db.Entry(application).State == EntityState.Detached)
        {
            db.Applications.Add(application);
        }
        db.Cases.Add(@case);
        db.AddEvent(CaseEvents.Accepted(@case));
        return @case;
    }

    /// <summary>The answer for an accepted application: its receipt and the case.</summary>
    public static Created<ApplicationResponse> Created(Application application, Case @case, LocalMatter matter) =>
        TypedResults.Created($"/api/intake/cases/{@case.CaseNo}", new ApplicationResponse(application.Id,
            @case.Status == CaseStatus.Completed ? "completed" : "accepted", ReceiptOf(@case, matter),
            null, null, CaseView.Of(@case)));

    /// <summary>受理通知书: given at the window, or shown online once pre-review accepted the application.</summary>
    public static Receipt ReceiptOf(Case @case, LocalMatter matter) =>
        new(@case.CaseNo, matter.Code, matter.Name, matter.DepartmentName, @case.Applicant.MaskedName,
            @case.Applicant.MaskedId, @case.AcceptedAt, @case.DueDate, @case.DueDateProvisional,
            @case.PromisedLimitDays,
            @case.CalendarVersion, @case.ResponsibleStaff!, @case.WindowNo,
            $"凭受理编号和身份证件号或手机号后四位查询进度：/api/intake/cases/{@case.CaseNo}/status?verify=XXXX");
}
