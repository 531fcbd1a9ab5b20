using Platform.Bidding.Experts;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Draws;

/// <summary>What a draw request must hold before it is scheduled.</summary>
public static class DrawChecks
{
    const int MaxCandidates = 2000;
    const int MaxText = 200;

    public static List<FieldError> Check(DrawRequest request)
    {
        var errors = new List<FieldError>(new TextLimits()
            .Max("candidates", request.Candidates, MaxCandidates, MaxText)
            .Max("conflicts", request.Conflicts, 200, MaxText)
            .Max("excluded", request.Excluded?.Select(e => e?.Candidate), MaxCandidates, MaxText)
            .Max("excluded.reason", request.Excluded?.Select(e => e?.Reason), MaxCandidates, MaxText).Errors);
        if (request.Purpose is null || !DrawPurposes.All.Contains(request.Purpose))
        {
            errors.Add(new("purpose", "抽取用途应为 experts（评标专家）、firms（固定价比选单位）或 auction-order（拍卖顺序）。"));
        }
        if (request.Count is not (>= 1 and <= 500))
        {
            errors.Add(new("count", "抽取数量为 1 到 500。"));
        }
        if (request.Purpose == DrawPurposes.Experts)
        {
            if (!ExpertChecks.IsSpecialty(request.Specialty))
            {
                errors.Add(new("specialty", "抽取专家须给出专业代码。" + ExpertChecks.SpecialtyHint));
            }
            if (request.Candidates is { Count: > 0 })
            {
                errors.Add(new("candidates", "专家从专家库按专业抽取，不能指定候选人。"));
            }
        }
        else if (request.Purpose is not null && request.Candidates is not { Count: > 0 })
        {
            errors.Add(new("candidates", "请列出参与抽取的候选单位或竞买人。"));
        }
        if (request.Conflicts?.Any(c => !IsName(c)) == true)
        {
            errors.Add(new("conflicts", "回避单位不能为空白，也不能含换行等控制字符。"));
        }
        AddCandidateErrors(errors, request);
        return errors;
    }

    /// <summary>
    /// Candidates are joined by "\n" in the seed: one holding a line break or another control character would make
    /// two different lists hash alike, and a duplicate would be drawn twice.
    /// </summary>
    static void AddCandidateErrors(List<FieldError> errors, DrawRequest request)
    {
        var candidates = request.Candidates ?? [];
        if (!candidates.All(IsName))
        {
            errors.Add(new("candidates", "候选名称不能为空白，也不能含换行等控制字符。"));
        }
        else if (candidates.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Count() != candidates.Count)
        {
            errors.Add(new("candidates", "候选名单中有重复项。"));
        }
        var excluded = request.Excluded ?? [];
        if (!excluded.All(e => e is not null && IsName(e.Candidate) && !string.IsNullOrWhiteSpace(e.Reason)))
        {
            errors.Add(new("excluded", "每个排除项须有候选名称和排除理由，名称不能含换行等控制字符。"));
        }
        else if (excluded.Select(e => e.Candidate.Trim()).Distinct(StringComparer.Ordinal).Count() != excluded.Count)
        {
            errors.Add(new("excluded", "排除名单中有重复项。"));
        }
    }

    static bool IsName(string? text) => !string.IsNullOrWhiteSpace(text) && !text.Any(char.IsControl);
}
