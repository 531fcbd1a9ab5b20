using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Projects;

public static class ProjectProblems
{
    public static ProblemHttpResult NotFound() => Problems.NotFound("project-not-found", "没有这个交易项目。");
}
