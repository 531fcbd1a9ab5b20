using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>Issue 6: the import and the section-3 table, checked cell by cell against the test's own count.</summary>
public sealed class AnnualReportTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static readonly string[] Categories = ["natural", "commercial", "research", "public-interest", "legal-service", "other"];

    static readonly string[] Outcomes =
    [
        "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3",
        "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3",
    ];

    sealed record Row(string No, string Category, DateTimeOffset Received, string? Outcome, DateTimeOffset? Replied);

    /// <summary>
    /// Requests from 2024 to 2026: every outcome in every year, replies crossing both year ends (some at 23:30 on
    /// 31 December Beijing time, which is still that day in the hall though already the next in UTC), and open ones.
    /// </summary>
    static List<Row> Requests()
    {
        var random = new Random(6);
        var rows = new List<Row>();
        var beijing = TimeSpan.FromHours(8);
        for (var i = 0; i < 600; i++)
        {
            var received = new DateTimeOffset(2024, 1, 2, 9, 0, 0, beijing).AddDays(random.Next(0, 1030)).AddHours(random.Next(0, 8));
            var category = Categories[i % Categories.Length == 0 ? 0 : random.Next(Categories.Length)];
            var outcome = Outcomes[i % Outcomes.Length];
            DateTimeOffset? replied = i % 13 == 0 ? null : received.AddDays(random.Next(0, 60)).AddHours(random.Next(0, 5));
            rows.Add(new Row($"R{i:D4}", category, received, replied is null ? null : outcome, replied));
        }
        rows.Add(new Row("YE-1", "research", new DateTimeOffset(2024, 12, 31, 23, 30, 0, beijing), "3.1", new DateTimeOffset(2025, 1, 2, 9, 0, 0, beijing)));
        rows.Add(new Row("YE-2", "other", new DateTimeOffset(2025, 12, 20, 10, 0, 0, beijing), "3.4.1", new DateTimeOffset(2025, 12, 31, 23, 30, 0, beijing)));
        rows.Add(new Row("YE-3", "legal-service", new DateTimeOffset(2025, 12, 30, 10, 0, 0, beijing), "3.5.2", new DateTimeOffset(2026, 1, 5, 10, 0, 0, beijing)));
        return rows;
    }

    static string Csv(IEnumerable<Row> rows) =>
        "requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt\n" + string.Concat(rows.Select(r =>
            $"{r.No},{r.Category},online,{r.Received:yyyy-MM-ddTHH:mm:sszzz},{r.Outcome},{r.Replied?.ToString("yyyy-MM-ddTHH:mm:sszzz")}\n"));

    static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The table as the statute defines it, counted here directly from the rows.</summary>
    static int Expected(List<Row> rows, int year, string row, int column)
    {
        var inColumn = rows.Where(r => column == 6 || r.Category == Categories[column]).ToList();
        bool RepliedBy(Row r, DateOnly day) => r.Replied is { } replied && Day(replied) <= day;
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return row switch
        {
            "1" => inColumn.Count(r => Day(r.Received).Year == year),
            "2" => inColumn.Count(r => Day(r.Received) < start && !RepliedBy(r, start.AddDays(-1))),
            "3.7" => inColumn.Count(r => r.Replied is { } d && Day(d).Year == year),
            "4" => inColumn.Count(r => Day(r.Received) <= end && !RepliedBy(r, end)),
            _ => inColumn.Count(r => r.Outcome == row && r.Replied is { } d && Day(d).Year == year),
        };
    }

    async Task<HttpResponseMessage> Import(string csv) =>
        await _hall.Officer.PostAsync("/api/disclosure/requests/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task Every_cell_of_section_3_matches_the_requests_and_the_table_balances(int year)
    {
        _hall.Host.Clock.Set("2026-11-20T10:00:00+08:00");
        var rows = Requests();
        var imported = await (await Import(Csv(rows))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(rows.Count, imported.GetProperty("imported").GetInt32());

        var report = await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/annual-report/{year}");
        var section3 = report.GetProperty("section3");
        Assert.Equal([.. Categories, "total"], section3.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        string[] rowCodes = ["1", "2", .. Outcomes, "3.7", "4"];
        Assert.Equal(rowCodes.Order(), section3.GetProperty("rows").EnumerateObject().Select(r => r.Name).Order());
        foreach (var code in rowCodes)
        {
            var cells = section3.GetProperty("rows").GetProperty(code).EnumerateArray().Select(c => c.GetInt32()).ToArray();
            for (var column = 0; column < 7; column++)
            {
                Assert.True(Expected(rows, year, code, column) == cells[column], $"{year} row {code} column {column}: expected {Expected(rows, year, code, column)}, got {cells[column]}");
            }
        }
        Assert.True(section3.GetProperty("balanced").GetBoolean());
        Assert.True(Expected(rows, year, "4", 6) > 0 && (year == 2024 || Expected(rows, year, "2", 6) > 0),
            "the data carries requests over in both directions");
    }

    [Fact]
    public async Task The_import_is_all_or_nothing_names_every_bad_row_and_a_second_import_changes_nothing()
    {
        const string bad = """
            requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt
            A-1,natural,online,2025-03-02T10:00:00+08:00,3.1,2025-03-20T10:00:00+08:00
            A-2,person,online,2025-03-02T10:00:00+08:00,3.1,2025-03-20T10:00:00+08:00
            A-3,commercial,pigeon,2025-03-02,3.9,2025-03-20T10:00:00+08:00
            A-4,research,letter,2025-03-02T10:00:00+08:00,3.2,2025-03-01T10:00:00+08:00
            A-1,other,fax,2025-03-02T10:00:00+08:00,,
            """;
        var rejected = await (await Import(bad)).AssertProblemAsync(400, "import-rejected");
        var errors = rejected.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "applicantCategory"), errors);
        Assert.Contains((4, "channel"), errors);
        Assert.Contains((4, "receivedAt"), errors);
        Assert.Contains((4, "outcome"), errors);
        Assert.Contains((5, "repliedAt"), errors);
        Assert.Contains((6, "requestNo"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Equal(0, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/requests")).GetProperty("total").GetInt32());

        var good = Csv(Requests().Take(30));
        Assert.Equal(30, (await (await Import(good)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var again = await (await Import(good)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(30, again.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Section_2_counts_documents_from_their_dates_and_section_4_totals_what_was_entered()
    {
        _hall.Host.Clock.Set("2026-01-10T10:00:00+08:00");
        async Task Document(string kind, string issued, string? abolished) =>
            await _hall.PostAsync("/api/disclosure/publications", new
            {
                title = "文件" + issued,
                category = kind == "rule" ? "规章" : "规范性文件",
                issuingBody = "示范市政务服务管理局",
                body = "正文",
                documentKind = kind,
                issuedDate = issued,
                abolishedDate = abolished,
            }, 201);
        await Document("normative", "2023-04-01", null);
        await Document("normative", "2025-02-01", null);
        await Document("normative", "2024-05-01", "2025-08-01");
        await Document("normative", "2025-06-01", "2026-01-05");
        await Document("rule", "2025-09-01", null);
        var figures = await _hall.Officer.PutAsJsonAsync("/api/disclosure/annual-report/2025/figures", new
        {
            licensing = 4,
            penalty = 3,
            enforcement = 0,
            feesWanYuan = 8.97723m,
            review = new { upheld = 1, corrected = 0, other = 0, pending = 1 },
            litigationDirect = new { upheld = 0, corrected = 0, other = 0, pending = 1 },
            litigationAfterReview = new { upheld = 0, corrected = 0, other = 0, pending = 0 },
        });
        figures.EnsureSuccessStatusCode();
        var negative = await _hall.Officer.PutAsJsonAsync("/api/disclosure/annual-report/2025/figures", new { licensing = -1 });
        await negative.AssertProblemAsync(400, "validation-failed");

        var report = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/annual-report/2025");
        var section2 = report.GetProperty("section2");
        var normative = section2.GetProperty("normativeDocuments");
        // In force at the end of 2025: the 2023 and 2025-02 documents, and the one abolished only in January 2026.
        Assert.Equal((2, 1, 3), (normative.GetProperty("issued").GetInt32(), normative.GetProperty("abolished").GetInt32(), normative.GetProperty("inForce").GetInt32()));
        Assert.Equal(1, section2.GetProperty("rules").GetProperty("inForce").GetInt32());
        Assert.Equal(4, section2.GetProperty("licensing").GetInt32());
        Assert.Equal(8.97723m, section2.GetProperty("feesWanYuan").GetDecimal());
        Assert.Equal([1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
            report.GetProperty("section4").GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));

        var future = await _hall.Officer.GetAsync("/api/disclosure/annual-report/2027");
        await future.AssertProblemAsync(400, "validation-failed");
    }

    [Fact]
    public async Task The_entered_figures_of_several_years_can_be_imported_all_or_nothing()
    {
        const string header = "year,licensing,penalty,enforcement,feesWanYuan,reviewUpheld,reviewCorrected,reviewOther,reviewPending,"
            + "directUpheld,directCorrected,directOther,directPending,afterReviewUpheld,afterReviewCorrected,afterReviewOther,afterReviewPending\n";
        async Task<HttpResponseMessage> ImportFigures(string rows) =>
            await _hall.Officer.PostAsync("/api/disclosure/annual-report/figures/import", new StringContent(header + rows, Encoding.UTF8, "text/csv"));

        var bad = await ImportFigures("2024,10,2,0,1.5,0,0,0,0,0,0,0,0,0,0,0,0\n2031,-1,2,0,abc,0,0,0,0,0,0,0,0,0,0,0,0\n");
        var errors = (await bad.AssertProblemAsync(400, "import-rejected")).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "year"), (3, "licensing"), (3, "feesWanYuan")], errors);
        Assert.Equal(0, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/annual-report/2024")).GetProperty("section2").GetProperty("licensing").GetInt32());

        (await ImportFigures("2024,10,2,0,1.5,0,1,0,0,0,0,0,0,0,0,0,0\n2025,12,3,1,2.25,1,0,0,1,0,0,0,1,0,0,0,0\n")).EnsureSuccessStatusCode();
        var report = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/annual-report/2025");
        Assert.Equal(12, report.GetProperty("section2").GetProperty("licensing").GetInt32());
        Assert.Equal(2.25m, report.GetProperty("section2").GetProperty("feesWanYuan").GetDecimal());
        Assert.Equal([1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
            report.GetProperty("section4").GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));
    }
}
