using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.BrowserTests;

/// <summary>
/// Cases for the approver's and the applicant's pages, made through the API as the window would: a demo matter of
/// SCJGJ (approver01's department) accepted with every material present, for a natural person whose second factor is
/// the last four of <see cref="IdNumber"/>. Calls go through <see cref="HallApi"/> (one token per account).
/// </summary>
public static class ApproverTestCases
{
    /// <summary>食品经营许可: promised in 2 working days.</summary>
    public const string Matter = "SCJGJ-01-001";

    /// <summary>食品经营许可变更: promised in 1 working day, so it is marked yellow at once.</summary>
    public const string OneDayMatter = "SCJGJ-01-009";

    /// <summary>A valid resident ID (GB 11643 check digit X).</summary>
    public const string IdNumber = "11010519491231002X";

    public const string SecondFactor = "002X";

    /// <summary>The case number of a new accepted case.</summary>
    public static async Task<string> AcceptAsync(PortalFixture hall, string matterCode = Matter,
        string windowNo = "A06", string? ticketNumber = null)
    {
        var matter = await MatterAsync(hall, matterCode);
        var materials = new JsonArray(matter["materials"]!.AsArray()
            .Select(m => (JsonNode)new JsonObject { ["name"] = m!["name"]!.GetValue<string>(), ["status"] = "present" })
            .ToArray());
        var body = new JsonObject
        {
            ["matterCode"] = matterCode,
            ["windowNo"] = windowNo,
            ["applicant"] = new JsonObject
            {
                ["type"] = "natural",
                ["name"] = "王小明",
                ["idNumber"] = IdNumber,
                ["phone"] = "13800138000",
            },
            ["materials"] = materials,
            ["outcome"] = "accept",
        };
        if (ticketNumber is not null)
        {
            body["ticketNumber"] = ticketNumber;
        }
        var answer = await hall.Api.PostAsync("/api/intake/applications", body, "window01");
        return answer!["case"]!["caseNo"]!.GetValue<string>();
    }

    /// <summary>
    /// The matter as intake knows it (with its material list): the catalogue publishes the demo matters on its first
    /// start and they reach intake through the bus, so the first tests of a run wait for them (up to a minute).
    /// </summary>
    static Task<JsonNode> MatterAsync(PortalFixture hall, string matterCode) =>
        IntakeMatters.WaitUntilKnownAsync(hall.Api, matterCode);

    /// <summary>
    /// An open case from an old system's export (the administrator's CSV import), accepted a month ago: long past its
    /// due date, so the list marks it red.
    /// </summary>
    public static async Task<string> ImportOverdueAsync(PortalFixture hall)
    {
        var caseNo = "OLD-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var acceptedAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-30).Date.AddHours(10);
        var csv = "caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,applicantType,windowNo\n"
            + string.Create(CultureInfo.InvariantCulture,
                $"{caseNo},{Matter},{acceptedAt:yyyy-MM-dd}T10:00:00+08:00,,0,natural,A06\n");
        await hall.Api.PostCsvAsync("/api/intake/cases/import", csv, "admin");
        return caseNo;
    }

    public static Task CompleteAsync(PortalFixture hall, string caseNo) =>
        hall.Api.PostAsync($"/api/intake/cases/{caseNo}/complete",
            new { result = "approved", decisionNo = "示市监食许〔2026〕" + caseNo[^4..] + "号" }, "approver01");

    /// <summary>
    /// The approval demo data is loaded in the background once the catalogue's matters reached approval: waits (up to a
    /// minute) until the account sees what the test reads.
    /// </summary>
    public static async Task WaitForAsync(PortalFixture hall, string path, string username)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var answer = await hall.Api.GetAsync(path, username);
            if (answer!["total"]!.GetValue<int>() > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{path} stayed empty for {username}: no approval demo data.");
            await Task.Delay(500);
        }
    }
}
