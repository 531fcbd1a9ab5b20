using Platform.Intake.Data;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Intake.Cases;

/// <summary>Case numbers: SL + acceptance date + five-digit running number of that day, e.g. SL2025093000042.</summary>
static class CaseNumbers
{
    /// <summary>
    /// The day's next number from the platform's running numbers (in the transaction storing the case).
    /// </summary>
    public static async Task<string> NextAsync(IntakeDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var day = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var number = await RunningNumbers.NextAsync(db, "case", day, cancellationToken);
        return $"SL{day}{number:D5}";
    }
}
