namespace Platform.ServiceDefaults.Identity;

/// <summary>How personal data leaves the platform: masked in every response, never whole.</summary>
public static class Masking
{
    /// <summary>110101********123X: area code and the last four, never the birth date.</summary>
    public static string ResidentId(string id) =>
        id.Length < 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary>138****5678.</summary>
    public static string Phone(string? phone) =>
        phone is null ? ""
            : phone.Length < 7 ? new string('*', phone.Length)
            : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    /// <summary>张* / 欧阳** : the family name only.</summary>
    public static string PersonName(string name) =>
        name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);
}
