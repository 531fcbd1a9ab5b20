using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>The printable annual report of the standalone demo data, rendered by headless Chromium.</summary>
public sealed class AnnualReportPageTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new(new Dictionary<string, string> { ["Disclosure:DemoData:Enabled"] = "true" });
    readonly TempDirectory _files = new();

    public Task InitializeAsync() => _hall.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _hall.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task The_demo_report_for_2025_renders_in_Chromium_with_every_figure_of_the_api_and_prints()
    {
        var report = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/annual-report/2025");
        var page = await _hall.Officer.GetAsync("/api/disclosure/annual-report/2025/html");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(_files.Path, "report-2025.html");
        await File.WriteAllTextAsync(file, await page.Content.ReadAsStringAsync());

        var dom = await HeadlessChromium.DumpDomAsync(file);
        var cells = Regex.Matches(dom, "data-row=\"([^\"]+)\" data-col=\"([^\"]+)\">([^<]*)<")
            .ToDictionary(m => (m.Groups[1].Value, m.Groups[2].Value), m => m.Groups[3].Value);

        Assert.Contains("<title>示范市政务服务管理局2025年政府信息公开工作年度报告</title>", dom);
        Assert.Contains("data-section=\"3\" data-balanced=\"true\"", dom);
        var section3 = report.GetProperty("section3");
        var columns = section3.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        foreach (var row in section3.GetProperty("rows").EnumerateObject())
        {
            var values = row.Value.EnumerateArray().Select(v => v.GetInt32().ToString()).ToList();
            for (var c = 0; c < columns.Count; c++)
            {
                Assert.Equal(values[c], cells[(row.Name, columns[c])]);
            }
        }
        Assert.True(int.Parse(cells[("1", "total")]) > 30, "the demo year has its requests");
        Assert.Equal("1286", cells[("licensing", "decisions")]);
        Assert.Equal("8.97723", cells[("fees", "wan-yuan")]);
        Assert.Equal("2", cells[("section4", "review-total")]);
        Assert.Equal(15, cells.Keys.Count(k => k.Item1 == "section4"));
        Assert.Contains("五、存在的主要问题及改进情况", dom);

        var png = Path.Combine(_files.Path, "report-2025.png");
        var pdf = Path.Combine(_files.Path, "report-2025.pdf");
        await HeadlessChromium.ScreenshotAsync(file, png);
        await HeadlessChromium.PrintToPdfAsync(file, pdf);
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot shows a rendered page");
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(pdf).ContinueWith(t => t.Result[..4]));
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_KEEP_SCREENSHOT") is { Length: > 0 } keep)
        {
            File.Copy(png, keep, overwrite: true);
        }
    }

    [Fact]
    public async Task The_report_is_published_as_a_proactive_publication_after_review()
    {
        var response = await _hall.Officer.PostAsync("/api/disclosure/annual-report/2025/publish", null);
        Assert.Equal(201, (int)response.StatusCode);
        var publication = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("in-review", publication.GetProperty("status").GetString());
        Assert.Equal("政府信息公开年报", publication.GetProperty("category").GetString());
        Assert.Contains("三、收到和处理政府信息公开申请情况", publication.GetProperty("body").GetString());
        var id = publication.GetProperty("id").GetString();

        (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review", new { decision = "approve" })).EnsureSuccessStatusCode();
        (await _hall.Officer.PostAsync($"/api/disclosure/publications/{id}/publish", null)).EnsureSuccessStatusCode();
        var found = await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/disclosure/public/publications?category=政府信息公开年报");
        Assert.Equal("示范市政务服务管理局2025年政府信息公开工作年度报告", found.GetProperty("items")[0].GetProperty("title").GetString());
    }
}
