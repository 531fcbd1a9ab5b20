using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

/// <summary>
/// The <c>point=</c> and <c>level=</c> filters every figure of DESIGN §5 takes. A case without a point (an older
/// publisher's, or the county hall's by definition) belongs to the county hall, and one without a level to the county
/// level, so the county point's code is looked up once for the query.
/// </summary>
public sealed record PointScope(string? Point, string? Level, string? CountyCode)
{
    public const string County = "county";
    public static readonly PointScope Everywhere = new(null, null, null);
    public static readonly IReadOnlyList<string> Levels = [County, "town", "village"];

    /// <summary>
    /// The refusal of filters that cannot be one (an empty one means no filter); null when they are fine.
    /// </summary>
    public static ProblemHttpResult? Refusal(string? point, string? level)
    {
        var errors = new List<FieldError>();
        if (point is { Length: > 32 })
        {
            errors.Add(new("point", "网点编码不超过 32 个字符。"));
        }
        if (!string.IsNullOrEmpty(level) && !Levels.Contains(level))
        {
            errors.Add(new("level", "层级应为 county（县级）、town（镇级）或 village（村级）。"));
        }
        return errors.Count == 0 ? null : Problems.Invalid(errors);
    }

    public static async Task<PointScope> ForAsync(SupervisionDbContext db, string? point, string? level,
        CancellationToken cancellationToken) =>
        new(string.IsNullOrEmpty(point) ? null : point, string.IsNullOrEmpty(level) ? null : level,
            await CountyCodeAsync(db, cancellationToken));

    /// <summary>The county hall's code, when catalogue has published it.</summary>
    public static Task<string?> CountyCodeAsync(SupervisionDbContext db, CancellationToken cancellationToken) =>
        db.Points.AsNoTracking().Where(p => p.Level == County).OrderBy(p => p.Code).Select(p => (string?)p.Code)
            .FirstOrDefaultAsync(cancellationToken);

    public IQueryable<SupervisedCase> Apply(IQueryable<SupervisedCase> cases)
    {
        if (Point is not null)
        {
            cases = Point == CountyCode
                ? cases.Where(c => c.PointCode == Point || c.PointCode == null)
                : cases.Where(c => c.PointCode == Point);
        }
        if (Level is not null)
        {
            cases = cases.Where(c => (c.PointLevel ?? County) == Level);
        }
        return cases;
    }

    /// <summary>Whether a known point is one the filters keep (for the point ranking's rows without cases).</summary>
    public bool Keeps(SupervisedPoint point) =>
        (Point is null || Point == point.Code) && (Level is null || Level == point.Level);
}
