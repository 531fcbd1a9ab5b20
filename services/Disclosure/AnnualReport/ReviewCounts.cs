namespace Platform.Disclosure.AnnualReport;

/// <summary>One of the three groups of section 4: 结果维持, 结果纠正, 其他结果, 尚未审结; the total is their sum.</summary>
public sealed record ReviewCounts(int Upheld, int Corrected, int Other, int Pending)
{
    public static readonly ReviewCounts None = new(0, 0, 0, 0);

    public int Total => Upheld + Corrected + Other + Pending;

    public int[] Columns() => [Upheld, Corrected, Other, Pending, Total];

    public bool IsValid() => new[] { Upheld, Corrected, Other, Pending }.All(n => n is >= 0 and <= 1_000_000);
}
