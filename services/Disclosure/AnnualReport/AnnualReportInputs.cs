using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.AnnualReport;

/// <summary>The parts of a year's report that people enter: the decision counts and fees, and the narrative.</summary>
static class AnnualReportInputs
{
    const int MaxCount = 10_000_000;

    public static async Task<Results<Ok<AnnualFigures>, ProblemHttpResult>> PutFigures(int year, AnnualFigures figures,
        ClaimsPrincipal user, DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (AnnualReportApi.BadYear(year, clock) is { } bad)
        {
            return bad;
        }
        var errors = new List<FieldError>();
        var decisions = new[]
        {
            ("licensing", figures.Licensing),
            ("penalty", figures.Penalty),
            ("enforcement", figures.Enforcement),
        };
        foreach (var (name, value) in decisions)
        {
            if (value is null or < 0 or > MaxCount)
            {
                errors.Add(new(name, $"应为 0 到 {MaxCount} 的整数。"));
            }
        }
        if (figures.FeesWanYuan is not { } fees || fees < 0 || fees > 100_000_000m || decimal.Round(fees, 6) != fees)
        {
            errors.Add(new("feesWanYuan", "收费金额以万元为单位，不小于 0，最多 6 位小数。"));
        }
        var groups = new[]
        {
            ("review", figures.Review),
            ("litigationDirect", figures.LitigationDirect),
            ("litigationAfterReview", figures.LitigationAfterReview),
        };
        foreach (var (name, counts) in groups)
        {
            if (counts is null || !counts.IsValid())
            {
                errors.Add(new(name, "请给出 upheld、corrected、other、pending 四个非负整数（总计由系统相加）。"));
            }
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var input = await Input(db, year, cancellationToken);
        input.LicensingDecisions = figures.Licensing!.Value;
        input.PenaltyDecisions = figures.Penalty!.Value;
        input.EnforcementDecisions = figures.Enforcement!.Value;
        input.FeesWanYuan = figures.FeesWanYuan!.Value;
        input.Review = figures.Review!;
        input.LitigationDirect = figures.LitigationDirect!;
        input.LitigationAfterReview = figures.LitigationAfterReview!;
        Touch(input, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(figures);
    }

    public static async Task<Results<Ok<Narrative>, ProblemHttpResult>> PutNarrative(int year, Narrative narrative,
        ClaimsPrincipal user, DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (AnnualReportApi.BadYear(year, clock) is { } bad)
        {
            return bad;
        }
        var parts = new[]
        {
            ("overview", narrative.Overview),
            ("problems", narrative.Problems),
            ("otherMatters", narrative.OtherMatters),
        };
        if (parts.All(p => p.Item2 is null))
        {
            return Problems.Invalid([new("narrative",
                "请至少给出 overview（总体情况）、problems（存在的主要问题及改进情况）、otherMatters（其他需要报告的事项）"
                + "中的一部分；未给出的部分保持不变，要清空某一部分请传空字符串 \"\"。")]);
        }
        var errors = parts
            .Where(n => n.Item2?.Length > TextRules.NarrativePart)
            .Select(n => new FieldError(n.Item1, $"每一部分最长 {TextRules.NarrativePart} 字。"))
            .ToList();
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        // Only the parts given change (null or absent keeps what is stored; "" clears), so a partial or empty body
        // never blanks what another officer wrote.
        var input = await Input(db, year, cancellationToken);
        input.Overview = Part(narrative.Overview, input.Overview);
        input.Problems = Part(narrative.Problems, input.Problems);
        input.OtherMatters = Part(narrative.OtherMatters, input.OtherMatters);
        Touch(input, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new Narrative(input.Overview, input.Problems, input.OtherMatters));
    }

    static string? Part(string? given, string? stored) =>
        given is null ? stored : string.IsNullOrWhiteSpace(given) ? null : given.Trim();

    static async Task<AnnualInput> Input(DisclosureDbContext db, int year, CancellationToken cancellationToken)
    {
        var input = await db.AnnualInputs.SingleOrDefaultAsync(i => i.Year == year, cancellationToken);
        if (input is null)
        {
            input = new AnnualInput { Year = year };
            db.AnnualInputs.Add(input);
        }
        return input;
    }

    static void Touch(AnnualInput input, ClaimsPrincipal user, HallClock clock)
    {
        input.UpdatedAt = clock.Now;
        input.UpdatedBy = user.UserName();
    }
}
