using System.Text;

namespace Platform.Bidding.Experts;

/// <summary>回避: an expert may not judge a bid of their own employer or of an organisation they declared.</summary>
public static class ExpertConflicts
{
    /// <summary>Why the expert sits this draw out (the first conflict found, employer first), or null.</summary>
    public static string? Reason(Expert expert, IReadOnlyList<string> conflicts)
    {
        foreach (var organisation in conflicts)
        {
            if (Same(organisation, expert.EmployerName) || Same(organisation, expert.EmployerCreditCode))
            {
                return $"与投标人 {organisation} 同一单位";
            }
        }
        foreach (var organisation in conflicts)
        {
            if (expert.Relations.Any(relation => Same(organisation, relation)))
            {
                return $"与投标人 {organisation} 有利害关系";
            }
        }
        return null;
    }

    /// <remarks>
    /// Names are typed by different people: "示例（成都）有限公司" and "示例(成都)有限公司 " are one organisation, so
    /// full-width forms (NFKC), spaces and letter case do not count; a missed 回避 is worse than a spurious one.
    /// </remarks>
    static bool Same(string organisation, string? value) =>
        value is not null && Key(organisation) is { Length: > 0 } key && key == Key(value);

    static string Key(string text) =>
        new string(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray())
            .ToUpperInvariant();
}
