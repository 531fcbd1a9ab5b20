using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// The monthly report's cells come from other services' data: a department code "=2+5" must reach the reader as
/// text, never as a formula a spreadsheet program runs (CSV/formula injection), while figures stay numbers.
/// </summary>
public sealed class ReportExportTests : IAsyncLifetime
{
    const string Department = "=2+5";
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task PublishCasesOfAFormulaDepartmentAsync()
    {
        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00");
        var bus = _hall.Host.Services.GetRequiredService<IBus>();
        var accepted = DateTimeOffset.Parse("2025-09-22T09:00:00+08:00", CultureInfo.InvariantCulture);
        var completed = DateTimeOffset.Parse("2025-09-24T10:00:00+08:00", CultureInfo.InvariantCulture);
        foreach (var caseNo in new[] { "F-1", "F-2" })
        {
            await bus.Publish(new ApplicationAccepted(caseNo, "@SUM(1+1)", "+事项", Department, "promised", 20, 1,
                "-A01", "natural", accepted, new DateOnly(2025, 9, 23), "2025", Imported: false));
        }
        await bus.Publish(new CaseCompleted("F-1", "@SUM(1+1)", Department, "-A01", "approved", accepted, completed,
            2, 0, false, false, 20, 1, "2025"));
        await bus.Publish(new CaseRated("F-1", "@SUM(1+1)", Department, "-A01", 1, null, "=HYPERLINK(\"x\")",
            completed));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await CountedAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, "supervision did not count the published cases");
            await Task.Delay(100);
        }
    }

    async Task<bool> CountedAsync()
    {
        var metrics = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(
            "/api/supervision/metrics?from=2025-09-01&to=2025-09-30");
        var ratings = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(
            "/api/supervision/ratings/departments?from=2025-09-01&to=2025-09-30");
        var warnings = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings");
        return metrics.GetProperty("accepted").GetInt32() == 2 && metrics.GetProperty("completed").GetInt32() == 1
            && ratings.GetArrayLength() == 1 && warnings.ToString().Contains("F-2");
    }

    [Fact]
    public async Task Text_cells_that_a_spreadsheet_would_run_as_formulas_are_escaped_in_csv_and_xlsx()
    {
        await PublishCasesOfAFormulaDepartmentAsync();

        var csv = await _hall.Supervisor.GetStringAsync("/api/supervision/reports/monthly/2025-09?format=csv");
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // 部门排名: rank 1, the department as text, 2 accepted and 1 completed as numbers.
        // (服务网点 has a rank 1 too: the county hall's cases.)
        Assert.Equal("1,'=2+5,2,1,0,0,18", lines.Single(l => l.StartsWith("1,'", StringComparison.Ordinal)));
        Assert.StartsWith("F-2,'=2+5,红牌,", lines.Single(l => l.StartsWith("F-2", StringComparison.Ordinal))); // 预警
        Assert.Equal("'=2+5,1,0,1,0", lines.Single(l => l.Contains("2+5,1,", StringComparison.Ordinal))); // 好差评
        Assert.DoesNotContain(lines, l => l.StartsWith('=') || l.Contains(",=", StringComparison.Ordinal));

        var xlsx = await _hall.Supervisor.GetByteArrayAsync("/api/supervision/reports/monthly/2025-09");
        using var workbook = new MemoryStream(xlsx);
        var ranking = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "部门排名")
            .Cast<IDictionary<string, object>>().Single();
        Assert.Equal("'=2+5", ranking["部门"]);
        Assert.Equal(2.0, Assert.IsType<double>(ranking["受理"]));
        workbook.Position = 0;
        // F-2's red warning; F-1 may have one too (cleared by its completion) when its acceptance was judged first.
        var warning = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "预警")
            .Cast<IDictionary<string, object>>().Single(w => (string)w["受理编号"] == "F-2");
        Assert.Equal("'=2+5", warning["部门"]);
        workbook.Position = 0;
        var rating = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "好差评")
            .Cast<IDictionary<string, object>>().Single();
        Assert.Equal("'=2+5", rating["部门"]);
        Assert.Equal(1.0, Assert.IsType<double>(rating["差评"]));
        // No sheet holds a formula element at all.
        using var package = new ZipArchive(new MemoryStream(xlsx));
        var sheets = package.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        foreach (var sheet in sheets)
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.DoesNotContain("<x:f>", xml);
            Assert.DoesNotContain("<f>", xml);
        }
    }
}
