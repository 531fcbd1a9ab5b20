using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using MiniExcelLibs;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// The monthly report's workbook is readable as it opens: Chinese headings, rates kept as numbers but shown as
/// percentages with one decimal, averages with one decimal, warning states in Chinese, and columns wide enough.
/// </summary>
public sealed class MonthlyReportFormatTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Rates_are_numbers_formatted_as_percentages_and_every_column_has_a_width()
    {
        const string cases = "caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,rating\n"
            + "MR-1,SC-002,2025-06-10T09:00:00+08:00,2025-06-10T09:05:00+08:00,0,5\n";
        (await _hall.Admin.PostAsync("/api/intake/cases/import",
            new StringContent(cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await _hall.Supervisor.GetFromJsonAsync<JsonElement>(
            "/api/supervision/metrics?from=2025-06-01&to=2025-06-30")).GetProperty("completed").GetInt32() < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "supervision did not count the imported case");
            await Task.Delay(100);
        }

        var xlsx = await _hall.Supervisor.GetByteArrayAsync("/api/supervision/reports/monthly/2025-06");

        using (var workbook = new MemoryStream(xlsx))
        {
            var figures = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "效能指标")
                .Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["指标"], r => r["值"]);
            Assert.Equal(1.0, Assert.IsType<double>(figures["按时办结率"]));
        }
        using var package = new ZipArchive(new MemoryStream(xlsx));
        var styles = Xml(package, "xl/styles.xml");
        var ns = styles.Root!.Name.Namespace;
        var percent = styles.Descendants(ns + "numFmt").Single(f => (string?)f.Attribute("formatCode") == "0.0%");
        var xfs = styles.Root.Element(ns + "cellXfs")!.Elements(ns + "xf").ToList();

        var sheet = Xml(package, "xl/worksheets/sheet1.xml"); // 效能指标
        var sheetNs = sheet.Root!.Name.Namespace;
        var rows = sheet.Descendants(sheetNs + "row").Select(r => r.Elements(sheetNs + "c").ToList()).ToList();
        var rate = rows.Single(r => r[0].Value == "按时办结率")[1];
        var style = xfs[(int)rate.Attribute("s")!];
        Assert.Equal((string?)percent.Attribute("numFmtId"), (string?)style.Attribute("numFmtId"));
        Assert.Equal("1", rate.Value);
        var count = rows.Single(r => r[0].Value == "受理件数")[1];
        Assert.NotEqual((string?)percent.Attribute("numFmtId"),
            (string?)xfs[(int?)count.Attribute("s") ?? 0].Attribute("numFmtId"));

        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet",
            StringComparison.Ordinal)))
        {
            var worksheet = Xml(package, entry.FullName);
            if (!worksheet.Descendants(worksheet.Root!.Name.Namespace + "row").Any())
            {
                continue; // a section without rows this month (no warnings, no trading) is an empty sheet
            }
            var columns = worksheet.Descendants(worksheet.Root!.Name.Namespace + "col").ToList();
            Assert.NotEmpty(columns);
            Assert.All(columns, c => Assert.True(double.Parse((string)c.Attribute("width")!) >= 8));
        }
    }

    static XDocument Xml(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
