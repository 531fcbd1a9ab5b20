using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Experts;

/// <summary>
/// Keeping the pool current: corrected details (a new employer or relation changes whom the expert must avoid) and
/// deactivation, after which the expert is never drawn (draws take only active experts), and activation back.
/// </summary>
public static class ExpertUpkeep
{
    public static async Task<Results<Ok<ExpertView>, ProblemHttpResult>> UpdateAsync(string code,
        ExpertUpdate update, BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (await Find(code, db, cancellationToken) is not { } expert)
        {
            return NotFound(code);
        }
        var request = new ExpertRequest(expert.Code, expert.Account, update.Name, update.Specialties,
            update.EmployerName, update.EmployerCreditCode, update.Relations, expert.Active);
        if (ExpertChecks.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        expert.Name = update.Name!.Trim();
        expert.Specialties = update.Specialties!.Distinct(StringComparer.Ordinal).ToList();
        expert.EmployerName = Blank(update.EmployerName);
        expert.EmployerCreditCode = Blank(update.EmployerCreditCode)?.ToUpperInvariant();
        expert.Relations = update.Relations?.Select(r => r.Trim()).ToList() ?? [];
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExpertView.Of(expert));
    }

    /// <summary>Idempotent: deactivating an inactive expert (or activating an active one) changes nothing.</summary>
    public static async Task<Results<Ok<ExpertView>, ProblemHttpResult>> DeactivateAsync(string code,
        BiddingDbContext db, CancellationToken cancellationToken) =>
        await SetActiveAsync(code, false, db, cancellationToken);

    public static async Task<Results<Ok<ExpertView>, ProblemHttpResult>> ActivateAsync(string code,
        BiddingDbContext db, CancellationToken cancellationToken) =>
        await SetActiveAsync(code, true, db, cancellationToken);

    static async Task<Results<Ok<ExpertView>, ProblemHttpResult>> SetActiveAsync(string code, bool active,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (await Find(code, db, cancellationToken) is not { } expert)
        {
            return NotFound(code);
        }
        expert.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExpertView.Of(expert));
    }

    static Task<Expert?> Find(string code, BiddingDbContext db, CancellationToken cancellationToken) =>
        db.Set<Expert>().SingleOrDefaultAsync(e => e.Code == code, cancellationToken);

    static ProblemHttpResult NotFound(string code) =>
        Problems.NotFound("expert-not-found", $"专家库中没有编号为 {code} 的专家。");

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
