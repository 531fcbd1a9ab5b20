using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Conventions;

/// <summary>
/// A body that is not JSON, or a value of the wrong type, is a 400 problem naming the field and what it should be, in
/// Chinese, with errors {field: [message]} for the form.
/// </summary>
public sealed class UnreadableBodyTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> PostRaw(HttpClient client, string url, string json, string code)
    {
        var response = await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
        return await response.AssertProblemAsync(400, code);
    }

    static string[] Messages(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task Invalid_json_syntax_says_where_it_broke()
    {
        var problem = await PostRaw(_hall.Applicant, "/api/intake/cases/SL1/rating", "{\"score\": 5,, }",
            "json-invalid");

        Assert.Contains("不是有效的 JSON", problem.GetProperty("detail").GetString());
        Assert.Contains("第 1 行", problem.GetProperty("detail").GetString());
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task A_string_where_a_number_is_expected_names_the_field_and_the_type()
    {
        var problem = await PostRaw(_hall.Applicant, "/api/intake/cases/SL1/rating", """{"score":"five"}""",
            "json-type-mismatch");

        Assert.Contains("score 应为整数", problem.GetProperty("detail").GetString());
        Assert.Equal(["应为整数"], Messages(problem, "score"));
    }

    [Fact]
    public async Task A_list_where_an_object_is_expected_names_the_nested_field()
    {
        var nested = await PostRaw(_hall.Window, "/api/intake/applications",
            """{"matterCode":"SC-001","applicant":["张三"]}""", "json-type-mismatch");
        Assert.Contains("applicant 应为对象", nested.GetProperty("detail").GetString());
        Assert.Equal(["应为对象（JSON 对象，{…}）"], Messages(nested, "applicant"));

        var whole = await PostRaw(_hall.Applicant, "/api/intake/cases/SL1/rating", "[1, 2]", "json-type-mismatch");
        Assert.Contains("请求体 应为对象", whole.GetProperty("detail").GetString());
        Assert.NotEmpty(Messages(whole, "$"));

        var item = await PostRaw(_hall.Window, "/api/intake/applications",
            """{"matterCode":"SC-001","materials":{"name":"申请表"}}""", "json-type-mismatch");
        Assert.Equal(["应为列表（JSON 数组）"], Messages(item, "materials"));
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_names_the_parameter()
    {
        var problem = await (await _hall.Supervisor.GetAsync("/api/intake/cases?page=two")).AssertProblemAsync(400,
            "bad-parameter");

        Assert.Contains("page", problem.GetProperty("detail").GetString());
        Assert.Equal(["应为整数"], Messages(problem, "page"));
    }
}
