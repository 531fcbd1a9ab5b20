using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Record;

/// <summary>
/// The tamper-evident record, open to anyone: the entries, their verification, and every project's head hash (the
/// daily publication that lets an outsider notice a rewritten chain).
/// </summary>
public static class RecordApi
{
    public static RouteGroupBuilder MapRecordApi(this RouteGroupBuilder api)
    {
        api.MapGet("/projects/{id:guid}/record", Entries).AllowAnonymous().WithTags("record")
            .WithSummary("查看项目的交易记录（哈希链）");
        api.MapGet("/projects/{id:guid}/record/verify", Verify).AllowAnonymous().WithTags("record")
            .WithSummary("校验项目交易记录的哈希链是否完整");
        api.MapGet("/record/heads", Heads).AllowAnonymous().WithTags("record")
            .WithSummary("查看各项目交易记录的当前头哈希");
        return api;
    }

    static async Task<Results<Ok<List<RecordView>>, ProblemHttpResult>> Entries(Guid id, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var entries = await Load(db, id, cancellationToken);
        return entries.Count == 0 ? NotFound() : TypedResults.Ok(entries.Select(RecordView.Of).ToList());
    }

    static async Task<Results<Ok<Verification>, ProblemHttpResult>> Verify(Guid id, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var entries = await Load(db, id, cancellationToken);
        if (entries.Count == 0)
        {
            return NotFound();
        }
        var broken = ProjectRecord.FirstBroken(entries);
        return TypedResults.Ok(new Verification(broken is null, broken, entries.Count, entries[^1].Hash));
    }

    static async Task<Ok<List<HeadHash>>> Heads(BiddingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await RecordHeads.CurrentAsync(db, cancellationToken));

    static Task<List<RecordEntry>> Load(BiddingDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.RecordEntries.AsNoTracking().Where(e => e.ProjectId == id).OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);

    static ProblemHttpResult NotFound() => Problems.NotFound("project-not-found", "没有这个交易项目的记录。");
}
