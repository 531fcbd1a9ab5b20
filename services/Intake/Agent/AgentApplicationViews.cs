using Microsoft.EntityFrameworkCore;
using Platform.Intake.Applications;
using Platform.Intake.Data;

namespace Platform.Intake.Agent;

/// <summary>The application view from the application, its matter, its files and (once accepted) its case.</summary>
static class AgentApplicationViews
{
    public static async Task<AgentApplicationView> OfAsync(IntakeDbContext db, Application application,
        CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == application.MatterCode, cancellationToken);
        var fileIds = application.Materials.Select(m => m.FileId).OfType<Guid>().ToList();
        var files = fileIds.Count == 0 ? []
            : await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id))
                .ToDictionaryAsync(f => f.Id, cancellationToken);
        var materials = application.Materials.Select(m =>
        {
            var file = m.FileId is { } id ? files.GetValueOrDefault(id) : null;
            var required = matter?.Materials.FirstOrDefault(x => x.Name == m.Name)?.Required ?? false;
            return new MaterialView(m.Name, required, m.Status, m.FileId, file?.FileName, file?.Sha256,
                m.PaperOriginal, m.Note);
        }).ToList();
        var @case = application.CaseNo is { } caseNo
            ? await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken)
            : null;
        var receipt = @case is null ? null
            : new Receipt(@case.CaseNo, @case.MatterCode, @case.MatterName, matter?.DepartmentName ?? "",
                @case.Applicant.MaskedName, @case.Applicant.MaskedId, @case.AcceptedAt, @case.DueDate,
                @case.DueDateProvisional, @case.PromisedLimitDays, @case.CalendarVersion,
                @case.ResponsibleStaff ?? "", @case.WindowNo,
                $"凭受理编号和身份证件号或手机号后四位查询进度：/api/intake/cases/{@case.CaseNo}/status?verify=XXXX");
        var applicant = application.Applicant;
        return new AgentApplicationView(application.Id, application.MatterCode, matter?.Name ?? application.MatterCode,
            matter?.DepartmentName ?? "", application.Channel, application.PointCode,
            ApplicationStatuses.Of(application.Outcome), ApplicationStatuses.Label(application.Outcome),
            application.ReceivedAt, new MaskedApplicant(applicant.Type, applicant.MaskedName, applicant.MaskedId),
            materials, application.Notice, application.Reason, application.LegalBasis, application.CaseNo, receipt,
            application.TransferSlipNo, application.Consent, application.HandedOverAt, application.Visits);
    }
}
