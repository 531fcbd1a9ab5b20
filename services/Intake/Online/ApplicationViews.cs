using Microsoft.EntityFrameworkCore;
using Platform.Intake.Applications;
using Platform.Intake.Data;

namespace Platform.Intake.Online;

/// <summary>Builds <see cref="ApplicationView"/> from an application and its matter, files and case.</summary>
public static class ApplicationViews
{
    public static async Task<ApplicationView> LoadAsync(IntakeDbContext db, Application application,
        CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == application.MatterCode, cancellationToken);
        var fileIds = application.Materials.Where(m => m.FileId is not null).Select(m => m.FileId!.Value).ToList();
        var files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var @case = application.CaseNo is { } caseNo
            ? await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken)
            : null;
        var materials = application.Materials.Select(m =>
        {
            var file = m.FileId is { } id ? files.GetValueOrDefault(id) : null;
            var required = matter?.Materials.FirstOrDefault(x => x.Name == m.Name)?.Required ?? true;
            return new ApplicationViewMaterial(m.Name, required, m.Status, m.FileId, file?.FileName, file?.Sha256,
                m.PaperOriginal, m.Note);
        }).ToList();
        return new ApplicationView(application.Id, application.MatterCode, matter?.Name ?? application.MatterCode,
            matter?.DepartmentName ?? "", application.Channel, application.PointCode,
            ApplicationStatuses.ValueOf(application.Outcome), ApplicationStatuses.LabelOf(application.Outcome),
            application.ReceivedAt,
            new(application.Applicant.Type, application.Applicant.MaskedName, application.Applicant.MaskedId),
            materials, application.Notice, application.Reason, application.LegalBasis, application.CaseNo,
            @case is not null && matter is not null ? CaseAcceptance.ReceiptOf(@case, matter) : null,
            application.TransferSlipNo, application.Consent, application.HandedOverAt, application.Visits);
    }
}
