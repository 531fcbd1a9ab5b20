namespace Platform.ServiceDefaults.Identity;

/// <summary>How personal data leaves the platform: masked in every response, never whole.</summary>
public static class Masking
{
    /// <summary>110101********123X: area code and the last four, never the birth date.</summary>
    public static string ResidentId(string id) =>
        id.Length < 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary>
    /// 138****5678: at most the first three and the last four digits show, and always at least four are masked, so a
    /// short number (a 7-digit landline: ****567) never leaves whole: at most the last four show.
    /// </summary>
    public static string Phone(string? phone)
    {
        if (phone is null)
        {
            return "";
        }
        if (phone.Length <= 4)
        {
            return new string('*', phone.Length);
        }
        var shownEnd = Math.Min(4, phone.Length - 4);
        var shownStart = Math.Min(3, phone.Length - 4 - shownEnd);
        return phone[..shownStart] + new string('*', phone.Length - shownStart - shownEnd) + phone[^shownEnd..];
    }

    /// <summary>张* / 欧阳** : the family name only.</summary>
    public static string PersonName(string name) =>
        name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);
}
