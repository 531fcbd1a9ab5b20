namespace Platform.WorkingDays;

/// <summary>How near or past its deadline an open clock is (电子监察 colours).</summary>
public enum DeadlineLevel
{
    None,
    Yellow,
    Red,
}
