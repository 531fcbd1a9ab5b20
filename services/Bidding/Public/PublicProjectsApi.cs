using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Public;

/// <summary>Announcements and results for everyone (交易公告、结果公示), paged.</summary>
public static class PublicProjectsApi
{
    public static RouteGroupBuilder MapPublicProjectsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/public/projects").WithTags("public").AllowAnonymous();
        projects.MapGet("/", List)
            .WithSummary("列出公开的交易项目");
        projects.MapGet("/{id:guid}", Get)
            .WithSummary("查看公开的交易项目详情");
        return api;
    }

    static async Task<Results<Ok<PageOf<ProjectView>>, ProblemHttpResult>> List(string? status, string? procedure,
        int? page, int? pageSize, BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        ProjectStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ProjectStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problems.Invalid([new("status", "status 应为 announced、bidding、opened、evaluating、"
                    + "candidates、awarded、failed 或 auctioning。")]);
            }
            wanted = parsed;
        }
        if (procedure is not null && !Procedures.All.Contains(procedure))
        {
            return Problems.Invalid([new("procedure", $"procedure 应为 {string.Join("、", Procedures.All)} 之一。")]);
        }
        var query = db.Projects.AsNoTracking()
            .Where(p => (wanted == null || p.Status == wanted) && (procedure == null || p.Procedure == procedure));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((number - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<ProjectView>(items.Select(ProjectView.Of).ToList(), number, size, total));
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Get(Guid id, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? ProjectProblems.NotFound() : TypedResults.Ok(ProjectView.Of(project));
    }
}
