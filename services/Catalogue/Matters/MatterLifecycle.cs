using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Catalogue.Matters;

/// <summary>
/// The administrators' lifecycle of a matter, mapped by <see cref="MattersApi"/>: a draft version, its publication,
/// and the current version's withdrawal (suspended or cancelled).
/// </summary>
static class MatterLifecycle
{
    internal static async Task<Results<Created<MatterGuide>, ProblemHttpResult>> CreateDraft(MatterInput input,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var code = input.Code?.Trim() ?? "";
        var elements = input.ToElements();
        var errors = MatterRules.Check(code, elements);
        var departments = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        if (departments.Find(elements.DepartmentCode) is { } known && known.Name != elements.DepartmentName)
        {
            errors.Add(new("departmentName", $"部门 {known.Code} 已登记为“{known.Name}”。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Matters.AnyAsync(m => m.Code == code && m.Status == MatterStatus.Draft, cancellationToken))
        {
            return Problems.Conflict("draft-exists", $"事项 {code} 已有一个待发布的草稿版本，请先发布或修改它。");
        }

        var now = DateTimeOffset.UtcNow;
        departments.Ensure(elements.DepartmentCode, elements.DepartmentName, now);
        var draft = new Matter
        {
            Code = code,
            Version = await MatterVersions.NextVersionAsync(db, code, cancellationToken),
            Status = MatterStatus.Draft,
            Elements = elements,
            UpdatedAt = now,
        };
        db.Matters.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalogue/matters/{code}/versions", MatterGuide.Of(draft));
    }

    internal static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> Publish(string code, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var draft = await db.Matters.SingleOrDefaultAsync(m => m.Code == code && m.Status == MatterStatus.Draft,
            cancellationToken);
        if (draft is null)
        {
            return Problems.Conflict("no-draft", $"事项 {code} 没有待发布的草稿版本。");
        }
        var current = await db.Matters.SingleOrDefaultAsync(m => m.Code == code && m.IsCurrent, cancellationToken);
        MatterVersions.Publish(db, draft, current, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MatterGuide.Of(draft));
    }

    internal static async Task<Results<Ok<MatterGuide>, ProblemHttpResult>> Withdraw(string code,
        WithdrawRequest request, MatterStatus status, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return Problems.Invalid([new("reason", "请填写暂停或取消的原因（最长 500 字）。")]);
        }
        var current = await db.PublishedMatters.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (current is null)
        {
            return MattersApi.NotPublished(code);
        }
        var now = DateTimeOffset.UtcNow;
        current.Status = status;
        current.StatusReason = request.Reason.Trim();
        current.UpdatedAt = now;
        db.AddEvent(new MatterWithdrawn(code, current.Version,
            status == MatterStatus.Suspended ? "suspended" : "cancelled", current.StatusReason, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MatterGuide.Of(current));
    }
}
