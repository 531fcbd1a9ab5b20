using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Bidding.Rooms;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Recordings;

/// <summary>
/// The recordings of a project's sessions (DESIGN §6: openings, draws and evaluations are recorded): registered by the
/// trading centre with their hash, which enters the project's record, and kept for the retention period.
/// </summary>
public static class RecordingsApi
{
    public static RouteGroupBuilder MapRecordingsApi(this RouteGroupBuilder api)
    {
        var recordings = api.MapGroup("/projects/{id:guid}/recordings").WithTags("recordings");
        recordings.MapPost("/", Register).RequireAuthorization(Roles.TradingOfficer)
            .WithSummary("登记开标、抽取或评标的音视频记录及其哈希");
        recordings.MapGet("/", List).RequireAuthorization(policy =>
            policy.RequireRole(Roles.TradingOfficer, Roles.Supervisor, Roles.Admin))
            .WithSummary("列出项目的音视频记录");
        return api;
    }

    static async Task<Results<Created<RecordingView>, ProblemHttpResult>> Register(Guid id,
        RecordingRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        IOptions<BiddingOptions> options, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        if (RecordingChecks.Check(request, now) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ProjectNotFound(id);
        }
        if (request.DrawId is { } drawId
            && !await db.Set<Draw>().AnyAsync(d => d.DrawId == drawId && d.ProjectId == id, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "draw-not-of-project",
                $"抽取 {drawId} 不存在或不属于本项目；请核对抽取编号。");
        }
        if (request.RoomCode is { } roomCode
            && !await db.Set<Room>().AnyAsync(r => r.Code == roomCode, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "room-not-found",
                $"没有编号为 {roomCode} 的房间；请核对房间编号。");
        }
        var recording = new Recording
        {
            Id = Guid.CreateVersion7(now),
            ProjectId = id,
            Kind = request.Kind!,
            DrawId = request.DrawId,
            RoomCode = request.RoomCode,
            StartedAt = request.StartedAt!.Value,
            EndedAt = request.EndedAt!.Value,
            Uri = request.Uri,
            Sha256 = request.Sha256!.ToLowerInvariant(),
            RetainUntil = request.EndedAt!.Value.AddDays(options.Value.RecordingRetentionDays),
            RecordedBy = user.UserName(),
            RecordedAt = now,
        };
        db.Add(recording);
        await ProjectRecord.AppendAsync(db, id, now, "recording", new
        {
            recordingId = recording.Id,
            recording.Kind,
            recording.Sha256,
            recording.StartedAt,
            recording.EndedAt,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/projects/{id}/recordings", RecordingView.Of(recording, false));
    }

    static async Task<Results<Ok<List<RecordingView>>, ProblemHttpResult>> List(Guid id, BiddingDbContext db,
        IRecordingHolds holds, CancellationToken cancellationToken)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ProjectNotFound(id);
        }
        var onHold = (await holds.ProjectsOnHoldAsync(db, cancellationToken)).Contains(id);
        var recordings = await db.Set<Recording>().AsNoTracking().Where(r => r.ProjectId == id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(recordings.OrderBy(r => r.StartedAt).Select(r => RecordingView.Of(r, onHold)).ToList());
    }

    static ProblemHttpResult ProjectNotFound(Guid id) =>
        Problems.NotFound("project-not-found", $"没有找到交易项目 {id}。");
}
