namespace Platform.ServiceDefaults.Verification;

/// <summary>
/// Guessing limits of the second factor (last four of the ID or phone: 10,000 values at most). Failures are counted
/// per case number and per client within a window; reaching a limit locks that case number or client, each further
/// lock doubling the last one, up to MaxLockout.
/// </summary>
public sealed class VerificationOptions
{
    public int CaseFailures { get; set; } = 5;
    public int ClientFailures { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the count of past lockouts is remembered (for the doubling) after the last one.</summary>
    public TimeSpan LockoutMemory { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The n-th lockout (n ≥ 1): Lockout × 2^(n−1), at most MaxLockout.</summary>
    public TimeSpan LockoutFor(long n) =>
        TimeSpan.FromSeconds(Math.Min(MaxLockout.TotalSeconds,
            Lockout.TotalSeconds * Math.Pow(2, Math.Min(30, Math.Max(0, n - 1)))));
}
