using System.Globalization;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Intake.Agent;

/// <summary>Transfer slips (代办交接单): ZB-yyyyMMdd-NNNN, a running number per day across every point.</summary>
static class TransferSlipNumbers
{
    /// <summary>The day's next slip number, inside the transaction storing the application.</summary>
    public static async Task<string> NextAsync(IntakeDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var period = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var number = await RunningNumbers.NextAsync(db, "transfer-slip", period, cancellationToken);
        return $"ZB-{period}-{number:D4}";
    }
}
