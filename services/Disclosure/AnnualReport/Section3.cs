namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// Section 3: rows "1", "2", "3.1" … "3.6.3", "3.7", "4", each with the six applicant columns and their total.
/// Balanced states row 1 + row 2 = row 3.7 + row 4 in every column.
/// </summary>
public sealed record Section3(IReadOnlyList<string> Columns, IReadOnlyDictionary<string, int[]> Rows, bool Balanced);
