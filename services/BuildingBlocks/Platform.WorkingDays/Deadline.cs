namespace Platform.WorkingDays;

/// <summary>
/// A date counted in working days. Provisional when the count ran into a year without a holiday notice, where only
/// weekends are known (DESIGN §4): shown as provisional wherever it appears and re-dated when the notice is loaded.
/// </summary>
public readonly record struct Deadline(DateOnly Date, bool Provisional);
