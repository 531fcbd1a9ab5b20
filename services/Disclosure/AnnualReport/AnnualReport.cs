using Platform.Disclosure.Requests;

namespace Platform.Disclosure.AnnualReport;

public sealed record DocumentCounts(int Issued, int Abolished, int InForce);

/// <summary>第二十条: the proactive-disclosure tables of section 2.</summary>
public sealed record Section2(DocumentCounts Rules, DocumentCounts NormativeDocuments, int Licensing, int Penalty, int Enforcement,
    decimal FeesWanYuan);

/// <summary>
/// Section 3: rows "1", "2", "3.1" … "3.6.3", "3.7", "4", each with the six applicant columns and their total.
/// Balanced states row 1 + row 2 = row 3.7 + row 4 in every column.
/// </summary>
public sealed record Section3(IReadOnlyList<string> Columns, IReadOnlyDictionary<string, int[]> Rows, bool Balanced);

/// <summary>Section 4: 15 columns — 行政复议 (5), 行政诉讼 未经复议直接起诉 (5), 复议后起诉 (5).</summary>
public sealed record Section4(IReadOnlyList<string> Columns, int[] Values);

public sealed record Narrative(string? Overview, string? Problems, string? OtherMatters);

public sealed record AnnualReportView(int Year, string Organ, Section2 Section2, Section3 Section3, Section4 Section4, Narrative Narrative);

public static class Section4Columns
{
    public static readonly IReadOnlyList<string> All =
    [
        "review-upheld", "review-corrected", "review-other", "review-pending", "review-total",
        "direct-upheld", "direct-corrected", "direct-other", "direct-pending", "direct-total",
        "after-review-upheld", "after-review-corrected", "after-review-other", "after-review-pending", "after-review-total",
    ];
}

/// <summary>One group of requests of the year's table, as the database counts them (category × outcome).</summary>
public sealed record RequestTally(string Category, string? Outcome, int Received, int CarriedIn, int Replied, int CarriedOut);

public static class Section3Table
{
    public static readonly IReadOnlyList<string> Columns = [.. RequestCodes.Categories, "total"];

    /// <summary>
    /// Lays the tallies out as the statutory table. Row 1: received in the year; row 2: received before it and not
    /// replied before it; rows 3.x: replied in the year by outcome; 3.7 their sum; row 4: received by the year's end
    /// and not replied by then. The total column sums the six.
    /// </summary>
    public static Section3 Build(IEnumerable<RequestTally> tallies)
    {
        var rows = new Dictionary<string, int[]> { ["1"] = new int[7], ["2"] = new int[7] };
        foreach (var (code, _, _) in RequestCodes.Outcomes) rows[code] = new int[7];
        rows["3.7"] = new int[7];
        rows["4"] = new int[7];
        foreach (var tally in tallies)
        {
            var column = RequestCodes.Categories.ToList().IndexOf(tally.Category);
            if (column < 0) throw new InvalidOperationException($"Unknown applicant category '{tally.Category}' in the register.");
            rows["1"][column] += tally.Received;
            rows["2"][column] += tally.CarriedIn;
            rows["4"][column] += tally.CarriedOut;
            if (tally.Replied > 0)
            {
                if (!RequestCodes.IsOutcome(tally.Outcome))
                    throw new InvalidOperationException($"Replied requests without a valid outcome code ('{tally.Outcome}') in the register.");
                rows[tally.Outcome][column] += tally.Replied;
                rows["3.7"][column] += tally.Replied;
            }
        }
        foreach (var row in rows.Values) row[6] = row[..6].Sum();
        var balanced = Enumerable.Range(0, 7).All(c => rows["1"][c] + rows["2"][c] == rows["3.7"][c] + rows["4"][c]);
        return new Section3(Columns, rows, balanced);
    }
}
