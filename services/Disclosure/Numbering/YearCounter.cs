namespace Platform.Disclosure.Numbering;

/// <summary>A running number per kind and year (index numbers of publications, request numbers).</summary>
public sealed class YearCounter
{
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public int Last { get; set; }
}
