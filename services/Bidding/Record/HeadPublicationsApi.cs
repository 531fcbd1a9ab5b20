using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Record;

/// <summary>The daily head publications, open to anyone: a day's heads and digest, and the published days.</summary>
public static class HeadPublicationsApi
{
    const int LongestList = 366;

    public static RouteGroupBuilder MapHeadPublicationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/record/heads/published", Published).AllowAnonymous().WithTags("record")
            .WithSummary("列出已公布的每日交易记录头哈希");
        api.MapGet("/record/heads/{date}", Day).AllowAnonymous().WithTags("record")
            .WithSummary("查看某日的交易记录头哈希");
        return api;
    }

    static async Task<Results<Ok<HeadPublicationView>, ProblemHttpResult>> Day(string date, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var day))
        {
            return Problems.Invalid([new("date", "日期格式应为 yyyy-MM-dd，如 2026-12-02。")]);
        }
        if (await db.Set<HeadDigest>().AsNoTracking().SingleOrDefaultAsync(d => d.Date == day, cancellationToken)
            is not { } digest)
        {
            return Problems.NotFound("heads-not-published", $"{date} 的记录链头尚未发布（每天按北京时间发布一次）。");
        }
        var heads = await db.Set<HeadPublication>().AsNoTracking().Where(h => h.Date == day)
            .Select(h => new HeadHash(h.ProjectId, h.Seq, h.Hash)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new HeadPublicationView(day, digest.PublishedAt, digest.Digest,
            RecordHeads.Sorted(heads)));
    }

    /// <summary>Newest first; at most a year's days.</summary>
    static async Task<Results<Ok<List<PublishedDay>>, ProblemHttpResult>> Published(DateOnly? from, DateOnly? to,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (from > to)
        {
            return Problems.Invalid([new("from", "起始日期不能晚于截止日期。")]);
        }
        var query = db.Set<HeadDigest>().AsNoTracking();
        if (from is { } first)
        {
            query = query.Where(d => d.Date >= first);
        }
        if (to is { } last)
        {
            query = query.Where(d => d.Date <= last);
        }
        var days = await query.OrderByDescending(d => d.Date).Take(LongestList).ToListAsync(cancellationToken);
        return TypedResults.Ok(days.Select(d => new PublishedDay(d.Date, d.PublishedAt, d.Digest, d.Projects))
            .ToList());
    }
}
