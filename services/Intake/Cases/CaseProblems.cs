using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Cases;

/// <summary>The problems several case endpoints answer with.</summary>
static class CaseProblems
{
    public static ProblemHttpResult Invalid(string field, string message) => Problems.Invalid([new(field, message)]);

    public static ProblemHttpResult NotFound(string caseNo) =>
        Problems.NotFound("case-not-found", $"没有受理编号为 {caseNo} 的办件。");
}
