using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Live;

/// <summary>
/// The fields the consumers count for a day (acceptances and completions by their hall date, per department too),
/// and their rebuild from the read model: at start, before the bus consumes anything, and whenever a day is asked for
/// that has no counters.
/// </summary>
public static class LiveCountsRebuild
{
    /// <summary>
    /// Present in a day's counters once they were rebuilt from the read model: only then are they trusted.
    /// </summary>
    public const string RebuiltMarker = "rebuilt";

    public static IReadOnlyList<string> Accepted(string? department) =>
        department is null ? ["accepted"] : ["accepted", $"accepted:{department}"];

    public static IReadOnlyList<string> Completed(string? department, bool onTheSpot, bool onTime)
    {
        var fields = new List<string> { "completed" };
        if (department is not null)
        {
            fields.Add($"completed:{department}");
        }
        if (onTheSpot)
        {
            fields.Add("onTheSpot");
        }
        if (onTime)
        {
            fields.Add("onTime");
        }
        return fields;
    }

    /// <summary>
    /// What must be added to kept counters to say what the read model says (fields of zero may be absent).
    /// </summary>
    public static Dictionary<string, long> Difference(IReadOnlyDictionary<string, long> counted,
        IReadOnlyDictionary<string, long> truth) =>
        counted.Keys.Union(truth.Keys).Where(field => field != RebuiltMarker)
            .Select(field => (field, delta: truth.GetValueOrDefault(field) - counted.GetValueOrDefault(field)))
            .Where(d => d.delta != 0).ToDictionary(d => d.field, d => d.delta);

    public static bool Same(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        a.Count == b.Count && a.All(d => b.TryGetValue(d.Key, out var other) && other == d.Value);

    public static async Task<IReadOnlyDictionary<string, long>> FromReadModelAsync(SupervisionDbContext db,
        DateOnly day, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, long>();
        var accepted = await db.Cases.AsNoTracking().Where(c => c.AcceptedDate == day)
            .GroupBy(c => c.DepartmentCode).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var completed = await db.Cases.AsNoTracking().Where(c => c.CompletedDate == day && c.WorkingDaysUsed != null)
            .GroupBy(c => c.DepartmentCode).Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Spot = g.Count(c => c.OnTheSpot == true),
                OnTime = g.Count(c => c.OnTime == true),
            }).ToListAsync(cancellationToken);
        values["accepted"] = accepted.Sum(a => a.Count);
        values["completed"] = completed.Sum(c => c.Count);
        values["onTheSpot"] = completed.Sum(c => c.Spot);
        values["onTime"] = completed.Sum(c => c.OnTime);
        foreach (var a in accepted.Where(a => a.Key is not null))
        {
            values[$"accepted:{a.Key}"] = a.Count;
        }
        foreach (var c in completed.Where(c => c.Key is not null))
        {
            values[$"completed:{c.Key}"] = c.Count;
        }
        return values;
    }
}
