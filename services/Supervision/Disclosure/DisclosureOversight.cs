using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disclosure;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Disclosure;

/// <summary>A disclosure request's reply as supervision learnt it (政务公开 oversight: replied on time or not).</summary>
public sealed class DisclosureReply
{
    public required string RequestNo { get; set; }
    public required string ApplicantCategory { get; set; }
    public DateOnly ReceivedDate { get; set; }
    public DateOnly RepliedDate { get; set; }
    public required string Outcome { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool OnTime { get; set; }
}

/// <summary>A disclosure deadline warning (a request's reply, a publication's publish-by date) as supervision learnt it.</summary>
public sealed class DisclosureDeadline
{
    public Guid Id { get; set; }
    public required string Subject { get; set; }
    public required string SubjectId { get; set; }
    public required string Level { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly RaisedDate { get; set; }
}

public sealed class DisclosureRequestRepliedConsumer(SupervisionDbContext db) : InboxConsumer<SupervisionDbContext, DisclosureRequestReplied>(db)
{
    protected override Task Handle(ConsumeContext<DisclosureRequestReplied> context)
    {
        var m = context.Message;
        Db.DisclosureReplies.Add(new DisclosureReply
        {
            RequestNo = m.RequestNo, ApplicantCategory = m.ApplicantCategory, ReceivedDate = HallTime.DateOf(m.ReceivedAt),
            RepliedDate = HallTime.DateOf(m.RepliedAt), Outcome = m.Outcome, DueDate = m.DueDate, OnTime = m.OnTime,
        });
        return Task.CompletedTask;
    }
}

public sealed class DisclosureWarningRaisedConsumer(SupervisionDbContext db) : InboxConsumer<SupervisionDbContext, DisclosureWarningRaised>(db)
{
    protected override Task Handle(ConsumeContext<DisclosureWarningRaised> context)
    {
        var m = context.Message;
        Db.DisclosureDeadlines.Add(new DisclosureDeadline
        {
            Id = m.WarningId, Subject = m.Subject, SubjectId = m.SubjectId, Level = m.Level, DueDate = m.DueDate, RaisedDate = HallTime.DateOf(m.RaisedAt),
        });
        return Task.CompletedTask;
    }
}

public sealed record DisclosureFigures(DateOnly From, DateOnly To, int Replied, int RepliedOnTime, double? OnTimeRate,
    int RequestWarningsYellow, int RequestWarningsRed, int PublicationWarnings);

public static class DisclosureOversightApi
{
    public static RouteGroupBuilder MapDisclosureOversightApi(this RouteGroupBuilder api)
    {
        api.MapGet("/disclosure", Get).RequireAuthorization(Roles.Supervisor).WithTags("disclosure");
        return api;
    }

    /// <summary>Requests replied in the period and how many on time; deadline warnings raised in it, by kind and level.</summary>
    static async Task<Results<Ok<DisclosureFigures>, ProblemHttpResult>> Get(string? from, string? to, SupervisionDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end)) return Problems.BadPeriod();
        var replies = await db.DisclosureReplies.AsNoTracking().Where(r => r.RepliedDate >= start && r.RepliedDate <= end)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), OnTime = g.Count(r => r.OnTime) }).SingleOrDefaultAsync(cancellationToken);
        var (replied, onTime) = (replies?.Count ?? 0, replies?.OnTime ?? 0);
        var warnings = await db.DisclosureDeadlines.AsNoTracking().Where(w => w.RaisedDate >= start && w.RaisedDate <= end)
            .GroupBy(w => new { w.Subject, w.Level }).Select(g => new { g.Key.Subject, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Warnings(string subject, string? level) => warnings.Where(w => w.Subject == subject && (level is null || w.Level == level)).Sum(w => w.Count);
        return TypedResults.Ok(new DisclosureFigures(start, end, replied, onTime, replied == 0 ? null : (double)onTime / replied,
            Warnings("request", "yellow"), Warnings("request", "red"), Warnings("publication", null)));
    }
}
