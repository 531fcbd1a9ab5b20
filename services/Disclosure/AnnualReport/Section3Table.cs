using Platform.Disclosure.Requests;

namespace Platform.Disclosure.AnnualReport;

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
        foreach (var (code, _, _) in RequestCodes.Outcomes)
        {
            rows[code] = new int[7];
        }
        rows["3.7"] = new int[7];
        rows["4"] = new int[7];
        foreach (var tally in tallies)
        {
            var column = RequestCodes.Categories.ToList().IndexOf(tally.Category);
            if (column < 0)
            {
                throw new InvalidOperationException($"Unknown applicant category '{tally.Category}' in the register.");
            }
            rows["1"][column] += tally.Received;
            rows["2"][column] += tally.CarriedIn;
            rows["4"][column] += tally.CarriedOut;
            if (tally.Replied > 0)
            {
                if (!RequestCodes.IsOutcome(tally.Outcome))
                {
                    throw new InvalidOperationException(
                        $"Replied requests without a valid outcome code ('{tally.Outcome}') in the register.");
                }
                rows[tally.Outcome][column] += tally.Replied;
                rows["3.7"][column] += tally.Replied;
            }
        }
        foreach (var row in rows.Values)
        {
            row[6] = row[..6].Sum();
        }
        var balanced = Enumerable.Range(0, 7).All(c => rows["1"][c] + rows["2"][c] == rows["3.7"][c] + rows["4"][c]);
        return new Section3(Columns, rows, balanced);
    }
}
