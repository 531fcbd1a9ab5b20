namespace Platform.Disclosure.AnnualReport;

/// <summary>Section 4: 15 columns — 行政复议 (5), 行政诉讼 未经复议直接起诉 (5), 复议后起诉 (5).</summary>
public sealed record Section4(IReadOnlyList<string> Columns, int[] Values);
