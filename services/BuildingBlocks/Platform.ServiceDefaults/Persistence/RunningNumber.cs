namespace Platform.ServiceDefaults.Persistence;

/// <summary>The last number taken in one scope (e.g. "case", "publication") and period (a day or a year).</summary>
public sealed class RunningNumber
{
    public required string Scope { get; set; }
    public required string Period { get; set; }
    public int Last { get; set; }
}
