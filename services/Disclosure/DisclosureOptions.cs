namespace Platform.Disclosure;

/// <summary>Section "Disclosure": the organ this service discloses for, and its warning thresholds.</summary>
public sealed class DisclosureOptions
{
    /// <summary>The organ's code, the first part of every index number (索引号).</summary>
    public string OrganCode { get; set; } = "MB1957123";
    /// <summary>The organ's name as the annual report's title prints it.</summary>
    public string OrganName { get; set; } = "示范市政务服务管理局";
    /// <summary>
    /// Yellow warning when an open request has at most this many working days left before its due date.
    /// </summary>
    public int YellowWorkingDays { get; set; } = 3;
    /// <summary>How often the deadline watch looks at open requests and unpublished publications.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
