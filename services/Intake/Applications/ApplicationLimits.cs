using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>The declared maximum length of every text an application or a supplement carries.</summary>
static class ApplicationLimits
{
    public const int Code = 64;
    public const int WindowNo = 16;

    public static TextLimits Of(ApplicationRequest request) =>
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
            .Max("decisionNo", request.DecisionNo, 100), request.Materials);

    public static TextLimits Of(SupplementRequest request) => Materials(new TextLimits(), request.Materials);

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
