using Platform.Intake.Applications;
using Platform.Intake.Catalogue;

namespace Platform.Intake.Online;

/// <summary>One line of a list of applications (the applicant's own, the window's 预审 queue).</summary>
public sealed record ApplicationListItem(
    Guid Id,
    string MatterCode,
    string MatterName,
    string DepartmentName,
    string Channel,
    string? PointCode,
    string ApplicantName,
    string Status,
    string StatusLabel,
    DateTimeOffset SubmittedAt,
    string? TransferSlipNo,
    string? CaseNo)
{
    public static ApplicationListItem Of(Application a, IReadOnlyDictionary<string, LocalMatter> matters)
    {
        var matter = matters.GetValueOrDefault(a.MatterCode);
        return new(a.Id, a.MatterCode, matter?.Name ?? a.MatterCode, matter?.DepartmentName ?? "", a.Channel,
            a.PointCode, a.Applicant.MaskedName, ApplicationStatuses.ValueOf(a.Outcome),
            ApplicationStatuses.LabelOf(a.Outcome), a.ReceivedAt, a.TransferSlipNo, a.CaseNo);
    }
}
