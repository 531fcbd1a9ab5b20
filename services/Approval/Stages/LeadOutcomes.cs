using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Approval.Stages;

/// <summary>The lead department's outcomes that do not start the clock: one-time notice and rejection.</summary>
static class LeadOutcomes
{
    /// <summary>一次性告知: the notice names every lacking required material, and only materials marked so.</summary>
    public static ProblemHttpResult? Notice(StageApplication stage, List<string> lacking,
        IReadOnlyList<string>? given, DateTimeOffset now, string by)
    {
        var notice = given?.Distinct().ToList() ?? [];
        if (lacking.Count == 0)
        {
            return Problems.Invalid([new("notice", "没有缺失或不符合要求的必需材料，应直接受理。")]);
        }
        var omitted = lacking.Except(notice).ToList();
        if (omitted.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "notice-incomplete",
                $"一次性告知必须列明全部缺失或不符合要求的材料，遗漏了：{string.Join("、", omitted)}。", omitted);
        }
        var notMarked = notice.Except(stage.Materials.Where(c => c.Status != "present").Select(c => c.Name)).ToList();
        if (notMarked.Count > 0)
        {
            return Problems.Invalid([new("notice",
                $"告知书中的材料未被标记为缺失或不符合要求：{string.Join("、", notMarked)}。")]);
        }
        stage.Status = StageStatus.AwaitingMaterials;
        stage.Notice = notice;
        stage.History.Add(new(now, "notice", by, $"一次性告知补齐：{string.Join("、", notice)}（补齐之日起计时）"));
        return null;
    }

    public static ProblemHttpResult? Reject(StageApplication stage, string? reason, string? legalBasis,
        DateTimeOffset now, string by)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("reason", "不予受理须说明理由。"));
        }
        if (string.IsNullOrWhiteSpace(legalBasis))
        {
            errors.Add(new("legalBasis", "不予受理须写明法律依据。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        stage.Status = StageStatus.Rejected;
        stage.ActiveSlot = null;
        stage.RejectionReason = reason!.Trim();
        stage.RejectionBasis = legalBasis!.Trim();
        stage.History.Add(new(now, "rejected", by, $"不予受理：{stage.RejectionReason}（依据：{stage.RejectionBasis}）"));
        return null;
    }
}
