namespace Platform.Intake.Queue;

/// <summary>
/// A ticket called today, as the hall's 叫号屏 shows it: which window it goes to. Calls counts recalls, so a screen
/// announces a recall as a new call.
/// </summary>
public sealed record CallView(string TicketNo, string Line, string? MatterCode, bool Priority, string WindowNo,
    TicketStatus Status, DateTimeOffset CalledAt, int Calls);
