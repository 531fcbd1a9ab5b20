namespace Platform.WorkingDays;

/// <summary>
/// A stretch during which a clock stood still (特别程序, third-party consultation), from the day it stopped to the day
/// it ran again: the working days d with From &lt; d ≤ To do not count. Kept as dates rather than a number, so a
/// calendar change (a provisional count becoming real) recounts it.
/// </summary>
public sealed record StoppedPeriod(DateOnly From, DateOnly To);
