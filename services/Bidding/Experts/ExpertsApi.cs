using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Experts;

/// <summary>The evaluation-expert pool, kept by the trading centre; draws take their candidates from it.</summary>
public static class ExpertsApi
{
    public static RouteGroupBuilder MapExpertsApi(this RouteGroupBuilder api)
    {
        var experts = api.MapGroup("/experts").WithTags("experts").RequireAuthorization(Roles.TradingOfficer);
        experts.MapPost("/", Register)
            .WithSummary("登记评标专家");
        experts.MapGet("/", List)
            .WithSummary("列出评标专家库");
        experts.MapPut("/{code}", ExpertUpkeep.UpdateAsync)
            .WithSummary("修改评标专家信息");
        experts.MapPost("/{code}/deactivation", ExpertUpkeep.DeactivateAsync)
            .WithSummary("停用评标专家");
        experts.MapPost("/{code}/activation", ExpertUpkeep.ActivateAsync)
            .WithSummary("重新启用评标专家");
        return api;
    }

    static async Task<Results<Created<ExpertView>, ProblemHttpResult>> Register(ExpertRequest request,
        BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (ExpertChecks.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Set<Expert>().AnyAsync(e => e.Code == request.Code, cancellationToken))
        {
            return Problems.Conflict("expert-exists", $"专家编号 {request.Code} 已在专家库中，不能重复登记。");
        }
        var expert = new Expert
        {
            Id = Guid.CreateVersion7(),
            Code = request.Code!,
            Account = request.Account!.Trim(),
            Name = request.Name!.Trim(),
            Specialties = request.Specialties!.Distinct(StringComparer.Ordinal).ToList(),
            EmployerName = Blank(request.EmployerName),
            EmployerCreditCode = Blank(request.EmployerCreditCode)?.ToUpperInvariant(),
            Relations = request.Relations?.Select(r => r.Trim()).ToList() ?? [],
            Active = request.Active ?? true,
            RegisteredAt = clock.Now,
        };
        db.Add(expert);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/experts/{expert.Id}", ExpertView.Of(expert));
    }

    /// <summary>
    /// The pool by code, optionally of one specialty (in memory: specialties are a JSON column) and of one state.
    /// </summary>
    static async Task<Results<Ok<PageOf<ExpertView>>, ProblemHttpResult>> List(string? specialty, bool? active,
        int? page, int? pageSize, BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        if (specialty is not null && !ExpertChecks.IsSpecialty(specialty))
        {
            return Problems.Invalid([new("specialty", ExpertChecks.SpecialtyHint)]);
        }
        var pool = await db.Set<Expert>().AsNoTracking().Where(e => active == null || e.Active == active)
            .OrderBy(e => e.Code).ToListAsync(cancellationToken);
        var matching = pool.Where(e => specialty is null || e.Specialties.Contains(specialty)).ToList();
        var items = matching.Skip((number - 1) * size).Take(size).Select(ExpertView.Of).ToList();
        return TypedResults.Ok(new PageOf<ExpertView>(items, number, size, matching.Count));
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
