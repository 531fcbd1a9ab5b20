using System.Security.Cryptography;

namespace Platform.Approval.Projects;

/// <summary>A project's 查询码: six random digits, handed to the applicant at registration.</summary>
public static class TrackingCodes
{
    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6",
        System.Globalization.CultureInfo.InvariantCulture);
}
