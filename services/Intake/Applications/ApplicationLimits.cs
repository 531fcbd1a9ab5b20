using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>
/// The declared maximum length of every text an application or a supplement carries, and no empty entry in its
/// material list.
/// </summary>
static class ApplicationLimits
{
    public const int Code = 64;
    public const int WindowNo = 16;

    public static ProblemHttpResult? Problem(ApplicationRequest request) =>
        EmptyMaterial(request.Materials) ?? Of(request).Problem();

    public static ProblemHttpResult? Problem(SupplementRequest request) =>
        EmptyMaterial(request.Materials) ?? Of(request).Problem();

    static TextLimits Of(ApplicationRequest request) =>
        Materials(new TextLimits()
            .Max("matterCode", request.MatterCode, Code)
            .Max("windowNo", request.WindowNo, WindowNo)
            .Max("applicant.type", request.Applicant?.Type, 16)
            .Max("applicant.name", request.Applicant?.Name, 100)
            .Max("applicant.idNumber", request.Applicant?.IdNumber, 18)
            .Max("applicant.phone", request.Applicant?.Phone, 20)
            .Max("applicantAccount", request.ApplicantAccount, 64)
            .Max("outcome", request.Outcome, 16)
            .Max("notice", request.Notice, 100, 200)
            .Max("reason", request.Reason, 1000)
            .Max("legalBasis", request.LegalBasis, 500)
            .Max("result", request.Result, 16)
            .Max("decisionNo", request.DecisionNo, 100)
            .Max("ticketNumber", request.TicketNumber, 8), request.Materials);

    static TextLimits Of(SupplementRequest request) => Materials(new TextLimits(), request.Materials);

    /// <summary>A null in the list ("materials": [null]) is a 400 naming it, before any check reads its name.</summary>
    static ProblemHttpResult? EmptyMaterial(IReadOnlyList<MaterialCheck>? materials)
    {
        var empty = (materials ?? []).Select((material, index) => (material, index))
            .Where(entry => entry.material is null)
            .Select(entry => new FieldError($"materials[{entry.index}]", "空项：每项材料应给出名称（name）和状态（status）。"))
            .ToList();
        return empty.Count == 0 ? null : Problems.Invalid(empty);
    }

    static TextLimits Materials(TextLimits limits, IReadOnlyList<MaterialCheck>? materials)
    {
        var list = materials ?? [];
        limits.Max("materials", list.Select(m => m.Name), 100, 200);
        for (var i = 0; i < Math.Min(list.Count, 100); i++)
        {
            limits.Max($"materials[{i}].status", list[i].Status, 16).Max($"materials[{i}].note", list[i].Note, 500);
        }
        return limits;
    }
}
