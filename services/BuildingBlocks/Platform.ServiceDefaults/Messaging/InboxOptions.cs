namespace Platform.ServiceDefaults.Messaging;

/// <summary>Section "Inbox".</summary>
public sealed class InboxOptions
{
    /// <summary>
    /// How long a consumed message's record is kept. A repeat comes within minutes (a relay that republishes after a
    /// lost confirm, a redelivery after a consumer's crash), so a week is far on the safe side.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
