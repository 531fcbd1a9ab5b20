using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Supervision;

public sealed class MonthlyReportTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _supervisor = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _supervisor = _host.CreateClient();
        _supervisor.WithToken(await _supervisor.SignInAsync("supervisor01"));
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("0001-01")]
    [InlineData("2101-01")]
    [InlineData("1999-12")]
    public async Task A_month_outside_the_years_the_hall_can_report_is_a_400_problem(string month)
    {
        var response = await _supervisor.GetAsync($"/api/supervision/reports/monthly/{month}");

        var problem = await response.AssertProblemAsync(400, "validation-failed");
        Assert.Contains("2000 到 2100", problem.GetProperty("detail").GetString());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
