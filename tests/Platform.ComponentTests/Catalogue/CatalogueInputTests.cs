using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Catalogue;

/// <summary>Inputs that used to end in a 500 (some after saving a row): each a 400 problem that changes nothing.</summary>
public sealed class CatalogueInputTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        _client = _host.CreateClient();
        _client.WithToken(await _client.SignInAsync("catalogue01"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"x\"")]
    [InlineData("123")]
    [InlineData("""{"year":"2030","days":[]}""")]
    public async Task A_calendar_year_that_is_not_a_notice_object_is_a_400_problem(string body)
    {
        var response = await _client.PutAsync("/api/catalogue/calendar/years/2030",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400, "calendar-file-invalid");
        var years = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/years");
        Assert.DoesNotContain(2030, years.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Theory]
    [InlineData("市场监管局")]
    [InlineData("SCJ GJ")]
    [InlineData("SCJ/GJ")]
    [InlineData("ＳＣＪＧＪ")]
    public async Task A_department_code_outside_ascii_letters_digits_dash_underscore_is_refused_and_not_saved(
        string code)
    {
        var response = await _client.PostAsJsonAsync("/api/catalogue/departments", new { code, name = "测试部门" });

        await response.AssertProblemAsync(400, "validation-failed");
        var departments = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/departments");
        Assert.DoesNotContain(code, departments.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_valid_code_is_created_with_its_location()
    {
        var response = await _client.PostAsJsonAsync("/api/catalogue/departments",
            new { code = "SCJGJ-01_a", name = "测试部门" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/catalogue/departments/SCJGJ-01_a", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_window_number_outside_ascii_is_refused_and_not_saved()
    {
        await _client.PostAsJsonAsync("/api/catalogue/departments", new { code = "WINDEPT", name = "窗口测试部门" });

        var response = await _client.PostAsJsonAsync("/api/catalogue/windows",
            new { number = "综合1号", name = "综合窗口", kind = "comprehensive", departmentCodes = new[] { "WINDEPT" } });

        await response.AssertProblemAsync(400, "validation-failed");
        var windows = await _client.GetFromJsonAsync<JsonElement>("/api/catalogue/windows");
        Assert.DoesNotContain("综合1号", windows.EnumerateArray().Select(w => w.GetProperty("number").GetString()));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
