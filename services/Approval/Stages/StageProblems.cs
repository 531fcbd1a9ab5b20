using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Approval.Stages;

static class StageProblems
{
    public static ProblemHttpResult NotFound(string stageNo) =>
        Problems.NotFound("stage-not-found", $"没有找到阶段申请 {stageNo}（或您无权查看）。");

    public static ProblemHttpResult NotYourDepartment(string detail) =>
        Problems.Of(StatusCodes.Status403Forbidden, "not-your-department", detail);
}
