using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Agent;

/// <summary>The checks of a 代办 request: declared lengths first, then the applicant, consent and materials.</summary>
static class AgentIntakeChecks
{
    public const int ConsentMax = 200;

    public static ProblemHttpResult? Limits(AgentIntakeRequest request)
    {
        var materials = request.Materials ?? [];
        var empty = materials.Select((material, index) => (material, index))
            .Where(entry => entry.material?.Name is null)
            .Select(entry => new FieldError($"materials[{entry.index}]", "空项：每项材料应给出名称（name）。"))
            .ToList();
        if (empty.Count > 0)
        {
            return Problems.Invalid(empty);
        }
        return new TextLimits()
            .Max("matterCode", request.MatterCode, ApplicationLimits.Code)
            .Max("applicant.type", request.Applicant?.Type, 16)
            .Max("applicant.name", request.Applicant?.Name, 100)
            .Max("applicant.idNumber", request.Applicant?.IdNumber, 18)
            .Max("applicant.phone", request.Applicant?.Phone, 20)
            .Max("consent", request.Consent, ConsentMax)
            .Max("materials", materials.Select(m => m.Name), 100, 200)
            .Problem();
    }

    /// <summary>Every problem of the applicant, the consent and the material names, together.</summary>
    public static List<FieldError> Check(AgentIntakeRequest request, LocalMatter matter)
    {
        var errors = Applicant.Check(request.Applicant);
        if (string.IsNullOrWhiteSpace(request.Consent))
        {
            errors.Add(new("consent", "请记录居民的代办委托（如“居民签署代办委托书”），没有委托不能代办。"));
        }
        var names = (request.Materials ?? []).Select(m => m.Name!.Trim()).ToList();
        foreach (var unknown in names.Except(matter.Materials.Select(m => m.Name)))
        {
            errors.Add(new("materials", $"“{unknown}”不在事项 {matter.Code} 的材料清单中。"));
        }
        foreach (var duplicate in names.GroupBy(n => n).Where(g => g.Count() > 1))
        {
            errors.Add(new("materials", $"材料“{duplicate.Key}”出现了多次。"));
        }
        return errors;
    }

    /// <summary>
    /// The matter's whole list: what the agent took over is present (on paper, travelling with the slip), the rest
    /// missing, and the county window's 预审 decides whether that is enough.
    /// </summary>
    public static List<MaterialCheck> Materials(AgentIntakeRequest request, LocalMatter matter)
    {
        var handed = (request.Materials ?? []).Select(m => m.Name!.Trim()).ToHashSet();
        return matter.Materials.Select(m => handed.Contains(m.Name)
            ? new MaterialCheck(m.Name, "present", "纸质材料随交接单移交")
            : new MaterialCheck(m.Name, "missing")).ToList();
    }
}
