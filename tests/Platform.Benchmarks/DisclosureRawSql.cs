using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.AnnualReport;
using Platform.Disclosure.Data;

namespace Platform.Benchmarks;

/// <summary>
/// P5's yardstick: the requests of a year counted by category and outcome in one hand-made GROUP BY over the
/// requests table — the same rows and counts the annual report's table is built from.
/// </summary>
static class DisclosureRawSql
{
    const string Sql = """
        SELECT "ApplicantCategory", "Outcome",
               count(*) FILTER (WHERE "ReceivedDate" >= @start),
               count(*) FILTER (WHERE "ReceivedDate" < @start),
               count(*) FILTER (WHERE "RepliedDate" IS NOT NULL AND "RepliedDate" <= @end),
               count(*) FILTER (WHERE "RepliedDate" IS NULL OR "RepliedDate" > @end)
        FROM requests
        WHERE "ReceivedDate" <= @end AND ("RepliedDate" IS NULL OR "RepliedDate" >= @start)
        GROUP BY "ApplicantCategory", "Outcome"
        """;

    public static async Task<List<RequestTally>> TalliesAsync(DisclosureDbContext db, int year)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        foreach (var (name, value) in new[] { ("start", new DateOnly(year, 1, 1)), ("end", new DateOnly(year, 12, 31)) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var tallies = new List<RequestTally>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tallies.Add(new RequestTally(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                Convert.ToInt32(reader.GetValue(2)), Convert.ToInt32(reader.GetValue(3)),
                Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5))));
        }
        return tallies;
    }

    /// <summary>Rows of the report's section 3 whose figures differ from the table built from these tallies.</summary>
    public static List<string> Differences(Section3 report, IEnumerable<RequestTally> tallies)
    {
        var expected = Section3Table.Build(tallies);
        return report.Rows.Keys.Union(expected.Rows.Keys)
            .Where(row => !report.Rows.TryGetValue(row, out var mine) || !expected.Rows.TryGetValue(row, out var theirs)
                || !mine.SequenceEqual(theirs))
            .ToList();
    }
}
