using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>
/// ApplicantAccount is the applicant's own online account, when they hold one: its owner then follows and rates the case.
/// Outcome "accept", "complete-now" (an instant matter accepted and completed in one step, 当场办结), "notice"
/// (一次性告知: Notice names every required material marked missing or defective) or "reject" (Reason and LegalBasis).
/// </summary>
public sealed record ApplicationRequest(
    string? MatterCode, string? WindowNo, ApplicantInput? Applicant, string? ApplicantAccount, IReadOnlyList<MaterialCheck>? Materials,
    string? Outcome, IReadOnlyList<string>? Notice, string? Reason, string? LegalBasis, string? Result, string? DecisionNo);

public sealed record SupplementRequest(IReadOnlyList<MaterialCheck>? Materials);

public sealed record Receipt(string CaseNo, string MatterCode, string MatterName, string DepartmentName, string Applicant,
    string ApplicantId, DateTimeOffset AcceptedAt, DateOnly DueDate, int PromisedLimitDays, string CalendarVersion,
    string ResponsibleStaff, string? WindowNo, string Tracking);

public sealed record ApplicationResponse(Guid ApplicationId, string Status, Receipt? Receipt, IReadOnlyList<string>? Notice,
    string? Reason, CaseView? Case);

/// <summary>The checks of the window's material list against the matter's, each problem named.</summary>
static class MaterialRules
{
    static readonly string[] Statuses = ["present", "missing", "defective"];

    public static List<FieldError> Check(LocalMatter matter, IReadOnlyList<MaterialCheck>? given)
    {
        var errors = new List<FieldError>();
        var checks = given ?? [];
        foreach (var check in checks.Where(c => !Statuses.Contains(c.Status)))
        {
            errors.Add(new("materials", $"材料“{check.Name}”的状态应为 present（齐全）、missing（缺失）或 defective（不符合要求）。"));
        }
        foreach (var unknown in checks.Select(c => c.Name).Except(matter.Materials.Select(m => m.Name)))
        {
            errors.Add(new("materials", $"“{unknown}”不在事项 {matter.Code} 的材料清单中。"));
        }
        foreach (var duplicate in checks.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new("materials", $"材料“{duplicate.Key}”出现了多次。"));
        }
        foreach (var unchecked_ in matter.Materials.Select(m => m.Name).Except(checks.Select(c => c.Name)))
        {
            errors.Add(new("materials", $"请核验材料“{unchecked_}”（齐全、缺失或不符合要求）。"));
        }
        return errors;
    }

    /// <summary>Required materials the window marked missing or defective: what a one-time notice must name.</summary>
    public static List<string> Lacking(LocalMatter matter, IReadOnlyList<MaterialCheck> checks) =>
        matter.Materials.Where(m => m.Required)
            .Where(m => checks.Any(c => c.Name == m.Name && c.Status != "present"))
            .Select(m => m.Name).ToList();
}
