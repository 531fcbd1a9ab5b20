using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// Assembles the statutory annual report of a year from the registers and the year's entered figures.
/// </summary>
public static class AnnualReports
{
    public static async Task<AnnualReportView> BuildAsync(DisclosureDbContext db, int year, string organ,
        CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // One pass over the requests that touch the year, counted in the database by category and outcome.
        var tallies = await db.Requests.AsNoTracking()
            .Where(r => r.ReceivedDate <= end && (r.RepliedDate == null || r.RepliedDate >= start))
            .GroupBy(r => new { r.ApplicantCategory, r.Outcome })
            .Select(g => new RequestTally(g.Key.ApplicantCategory, g.Key.Outcome,
                g.Count(r => r.ReceivedDate >= start),
                g.Count(r => r.ReceivedDate < start),
                g.Count(r => r.RepliedDate != null && r.RepliedDate <= end),
                g.Count(r => r.RepliedDate == null || r.RepliedDate > end)))
            .ToListAsync(cancellationToken);
        var documents = await db.Publications.AsNoTracking()
            .Where(p => p.DocumentKind != null && p.IssuedDate <= end)
            .GroupBy(p => p.DocumentKind)
            .Select(g => new
            {
                Kind = g.Key,
                Issued = g.Count(p => p.IssuedDate >= start),
                Abolished = g.Count(p => p.AbolishedDate >= start && p.AbolishedDate <= end),
                InForce = g.Count(p => p.AbolishedDate == null || p.AbolishedDate > end),
            })
            .ToListAsync(cancellationToken);
        var input = await db.AnnualInputs.AsNoTracking().SingleOrDefaultAsync(i => i.Year == year, cancellationToken)
            ?? new AnnualInput { Year = year };

        DocumentCounts Documents(string kind) => documents.SingleOrDefault(d => d.Kind == kind) is { } d
            ? new DocumentCounts(d.Issued, d.Abolished, d.InForce)
            : new DocumentCounts(0, 0, 0);

        var section2 = new Section2(Documents("rule"), Documents("normative"), input.LicensingDecisions,
            input.PenaltyDecisions, input.EnforcementDecisions, input.FeesWanYuan);
        var section4 = new Section4(Section4Columns.All,
            [.. input.Review.Columns(), .. input.LitigationDirect.Columns(), .. input.LitigationAfterReview.Columns()]);
        return new AnnualReportView(year, organ, section2, Section3Table.Build(tallies), section4,
            new Narrative(input.Overview, input.Problems, input.OtherMatters));
    }
}
