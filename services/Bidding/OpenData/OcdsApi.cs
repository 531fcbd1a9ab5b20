using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Bidding.OpenData;

/// <summary>
/// Open data (DESIGN §6): every trading project as OCDS 1.1 releases, for anyone. A period selects the releases
/// whose stage happened on one of its days (hall dates, both ends included).
/// </summary>
public static class OcdsApi
{
    /// <summary>
    /// OCDS wants absent fields left out, not null (the schema types awards, contracts, tenderers as arrays only),
    /// unlike the platform's JSON, which writes every null.
    /// </summary>
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RouteGroupBuilder MapOcdsApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/ocds").WithTags("open-data").AllowAnonymous().MapGet("/releases", Releases)
            .WithSummary("按时间段导出 OCDS 开放数据发布包");
        return api;
    }

    static async Task<Results<JsonHttpResult<OcdsReleasePackage>, ProblemHttpResult>> Releases(string? from,
        string? to, HttpRequest request, BiddingDbContext db, HallClock clock, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not { } period)
        {
            return Problems.BadPeriod();
        }
        var (first, last) = period;
        var options = OcdsOptions.From(configuration);
        // Every stage comes after the announcement, so later projects are left out. Here, not in SQL: SQLite (the
        // standalone host) cannot compare DateTimeOffset; the stages' own dates (amendments are JSON) follow below.
        var projects = (await db.Projects.AsNoTracking().ToListAsync(cancellationToken))
            .Where(p => HallTime.DateOf(p.AnnouncedAt) <= last).ToList();
        var ids = projects.Select(p => p.Id).ToList();
        var bids = (await db.Bids.AsNoTracking().Where(b => ids.Contains(b.ProjectId)).ToListAsync(cancellationToken))
            .ToLookup(b => b.ProjectId);
        var deadlines = await AnnouncedDeadlines.ReadAsync(db, projects, cancellationToken);
        var releases = projects
            .SelectMany(p => new OcdsProcess(p, bids[p.Id].OrderBy(b => b.SubmittedAt).ToList(), deadlines[p.Id],
                options.OcidPrefix).Releases())
            .Where(r => HallTime.DateOf(r.Date) is var day && day >= first && day <= last)
            .OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var uri = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}"
            + $"?from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}";
        var package = new OcdsReleasePackage(uri, "1.1", clock.Now.ToOffset(HallTime.Offset),
            new OcdsPublisher(options.PublisherName), releases);
        return TypedResults.Json(package, Json);
    }
}
