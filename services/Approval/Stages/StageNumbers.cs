using Platform.Approval.Data;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Approval.Stages;

/// <summary>
/// Stage numbers: BL (并联) + the date + five-digit running number of that day, e.g. BL2025093000042; a task is the
/// stage number + "-" + its two-digit position, e.g. BL2025093000042-03.
/// </summary>
static class StageNumbers
{
    public static async Task<string> NextAsync(ApprovalDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var day = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var number = await RunningNumbers.NextAsync(db, "stage", day, cancellationToken);
        return $"BL{day}{number:D5}";
    }

    public static string Task(string stageNo, int position) => $"{stageNo}-{position:D2}";
}
