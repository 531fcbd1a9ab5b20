using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Bids;

/// <summary>
/// Registration and sealed bids (DESIGN §6). Before the deadline nobody — trading officers and administrators
/// included — sees anything of a bid but who bid, when and its hash: the platform holds only ciphertext.
/// </summary>
public static class BidsApi
{
    public static RouteGroupBuilder MapBidsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects/{id:guid}").WithTags("bids");
        projects.MapPost("/registrations", Register).RequireAuthorization(Roles.Applicant)
            .WithSummary("投标人报名参加交易项目");
        projects.MapPost("/bids", BidUpload.Upload).RequireAuthorization(Roles.Applicant)
            .WithSummary("投标人上传加密的投标文件");
        projects.MapGet("/bids", List).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看项目的投标文件列表");
        projects.MapPost("/bids/{bidId}/key", BidKeys.Supply).RequireAuthorization(Roles.Applicant)
            .WithSummary("投标人提交解密投标文件的密钥");
        return api;
    }

    static async Task<Results<Created<RegistrationRequest>, ProblemHttpResult>> Register(Guid id,
        RegistrationRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>(new TextLimits().Max("firmName", request.FirmName, 200).Errors);
        if (string.IsNullOrWhiteSpace(request.FirmName))
        {
            errors.Add(new("firmName", "请填写投标单位名称。"));
        }
        if (!ChineseIdentifiers.IsValidUnifiedSocialCreditCode(request.FirmCreditCode?.Trim().ToUpperInvariant()))
        {
            errors.Add(new("firmCreditCode", "不是有效的 18 位统一社会信用代码（字符或校验码不正确）。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var now = clock.Now;
        if (project is null)
        {
            return ProjectProblems.NotFound();
        }
        if (now >= project.BidDeadline || project.Status is not (ProjectStatus.Announced or ProjectStatus.Bidding))
        {
            return Problems.Conflict("deadline-passed", "投标已截止，不能再报名。");
        }
        var account = user.FindFirst("sub")?.Value ?? "";
        if (await db.Registrations.AnyAsync(r => r.ProjectId == id && r.Account == account, cancellationToken))
        {
            return Problems.Conflict("already-registered", "本账户已为该项目报名。");
        }
        db.Registrations.Add(new Registration
        {
            Id = Guid.NewGuid(),
            ProjectId = id,
            Account = account,
            FirmName = request.FirmName!.Trim(),
            FirmCreditCode = request.FirmCreditCode!.Trim().ToUpperInvariant(),
            RegisteredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/projects/{id}/registrations", request);
    }

    /// <summary>
    /// Who bid, when and the hash — to trading officers, administrators and the bidder (their own); after the
    /// opening the status too. Prices are read from the opening, never here.
    /// </summary>
    static async Task<Results<Ok<List<SealedBidView>>, ProblemHttpResult>> List(Guid id, ClaimsPrincipal user,
        BiddingDbContext db, CancellationToken cancellationToken)
    {
        var staff = user.IsInRole(Roles.TradingOfficer) || user.IsInRole(Roles.Admin);
        var account = user.FindFirst("sub")?.Value ?? "";
        if (!await db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ProjectProblems.NotFound();
        }
        var bids = await db.Bids.AsNoTracking().Where(b => b.ProjectId == id && (staff || b.Account == account))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(bids.OrderBy(b => b.SubmittedAt).Select(SealedBidView.Of).ToList());
    }
}
