using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// 异议 during the candidates' publicity: a registered bidder raises one (its text is public record); the trading
/// officer answers. Upheld sends the project back to evaluation: the candidates and the publicity are withdrawn
/// and the current score sheets superseded, so every expert scores again and candidates are published anew.
/// Dismissed leaves the publicity as it is. The award waits while any objection is open.
/// </summary>
public static class ObjectionsApi
{
    const int TextLength = 4000;

    public static RouteGroupBuilder MapObjectionsApi(this RouteGroupBuilder api)
    {
        var objections = api.MapGroup("/projects/{id:guid}/objections").WithTags("evaluation");
        objections.MapPost("/", Raise).RequireAuthorization(Roles.Applicant)
            .WithSummary("投标人对评标结果提出异议");
        objections.MapGet("/", List).RequireAuthorization()
            .WithSummary("列出项目的异议");
        objections.MapPost("/{objectionId}/decision", Decide).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("对异议作出处理决定");
        return api;
    }

    static async Task<Results<Created<ObjectionCreated>, ProblemHttpResult>> Raise(Guid id,
        ObjectionRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > TextLength)
        {
            return Problems.Invalid([new("text", $"请写明异议的事实和理由（1 至 {TextLength} 字）。")]);
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        var account = user.FindFirst("sub")?.Value ?? "";
        var registration = await db.Registrations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProjectId == id && r.Account == account, cancellationToken);
        if (registration is null)
        {
            return Problems.Of(403, "not-registered", "只有报名参加本项目的投标人可以提出异议。");
        }
        var now = clock.Now;
        if (project.Status != ProjectStatus.Candidates || now >= project.PublicityEndsAt)
        {
            return Problems.Conflict("not-in-publicity", "异议须在中标候选人公示期内提出；该项目当前不在公示期。");
        }
        var objection = new Objection
        {
            Id = Guid.NewGuid(),
            ProjectId = id,
            Account = account,
            FirmName = registration.FirmName,
            Text = text,
            RaisedAt = now,
        };
        db.Add(objection);
        await ProjectRecord.AppendAsync(db, id, now, "objection",
            new { objectionId = objection.Id, firm = objection.FirmName, text }, cancellationToken);
        db.AddEvent(new TradingObjectionRaised(id, objection.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/projects/{id}/objections", new ObjectionCreated(objection.Id));
    }

    static async Task<Results<Ok<List<ObjectionView>>, ProblemHttpResult>> List(Guid id, ClaimsPrincipal user,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        var staff = EvaluationApi.IsStaff(user);
        if (!staff && !user.IsInRole(Roles.Applicant))
        {
            return Problems.Of(403, "objections-not-yours", "异议只向交易中心和提出异议的投标人公开其内容与答复。");
        }
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ProjectProblems.NotFound();
        }
        var account = user.FindFirst("sub")?.Value ?? "";
        var objections = await db.Set<Objection>().AsNoTracking()
            .Where(o => o.ProjectId == id && (staff || o.Account == account)).ToListAsync(cancellationToken);
        return TypedResults.Ok(objections.OrderBy(o => o.RaisedAt).Select(ObjectionView.Of).ToList());
    }

    static async Task<Results<Ok<ObjectionView>, ProblemHttpResult>> Decide(Guid id, Guid objectionId,
        DecisionRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var reply = request.Reply?.Trim();
        var errors = new List<FieldError>();
        if (request.Upheld is null)
        {
            errors.Add(new("upheld", "请给出异议是否成立（true/false）。"));
        }
        if (string.IsNullOrEmpty(reply) || reply.Length > TextLength)
        {
            errors.Add(new("reply", $"请填写给异议人的答复（1 至 {TextLength} 字）。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var objection = await db.Set<Objection>()
            .SingleOrDefaultAsync(o => o.Id == objectionId && o.ProjectId == id, cancellationToken);
        if (project is null || objection is null)
        {
            return Problems.NotFound("objection-not-found", "该项目没有这项异议。");
        }
        if (objection.DecidedAt is not null)
        {
            return Problems.Conflict("objection-decided", "这项异议已经答复。");
        }
        var now = clock.Now;
        (objection.DecidedAt, objection.Upheld, objection.Reply, objection.DecidedBy) =
            (now, request.Upheld, reply, user.FindFirst("sub")?.Value ?? "");
        var reopened = request.Upheld == true && project.Status == ProjectStatus.Candidates;
        if (reopened)
        {
            await ReopenEvaluationAsync(db, project, now, cancellationToken);
        }
        await ProjectRecord.AppendAsync(db, id, now, "objection-decided",
            new { objectionId, upheld = request.Upheld, reply, evaluationReopened = reopened }, cancellationToken);
        db.AddEvent(new TradingObjectionDecided(id, objectionId, request.Upheld!.Value, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ObjectionView.Of(objection));
    }

    static async Task ReopenEvaluationAsync(BiddingDbContext db, TradingProject project, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        project.Status = ProjectStatus.Evaluating;
        project.Candidates = [];
        project.PublicityEndsAt = null;
        var sheets = await db.Set<ExpertScore>()
            .Where(s => s.ProjectId == project.Id && s.SupersededAt == null).ToListAsync(cancellationToken);
        foreach (var sheet in sheets)
        {
            sheet.SupersededAt = now;
        }
    }
}
