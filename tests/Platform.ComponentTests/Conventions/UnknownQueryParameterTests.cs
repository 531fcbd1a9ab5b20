using System.Net;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Conventions;

/// <summary>
/// A query parameter the route does not take is refused with a problem naming it and the ones it takes; the ones it
/// takes still work, in any letter case (as minimal APIs bind them).
/// </summary>
public sealed class UnknownQueryParameterTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Sort_on_intakes_matters_is_refused_and_named_with_the_parameters_it_takes()
    {
        var problem = await (await _hall.Window.GetAsync("/api/intake/matters?keyword=食品&sort=name"))
            .AssertProblemAsync(400, "unknown-query-parameter");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("sort", detail);
        Assert.Contains("keyword", detail);
        Assert.Equal("sort", problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_parameters_a_route_takes_pass_in_any_letter_case()
    {
        Assert.Equal(HttpStatusCode.OK, (await _hall.Window.GetAsync("/api/intake/matters?keyword=食品")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await _hall.Supervisor.GetAsync("/api/intake/cases?status=all&PageSize=5&page=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await _hall.Anonymous.GetAsync("/api/catalogue/matters?keyword=食品&page=1")).StatusCode);
    }

    [Fact]
    public async Task A_public_route_refuses_an_unknown_parameter_and_a_closed_one_still_asks_to_sign_in_first()
    {
        await (await _hall.Anonymous.GetAsync("/api/catalogue/matters?orderBy=name"))
            .AssertProblemAsync(400, "unknown-query-parameter");
        await (await _hall.Anonymous.GetAsync("/api/intake/cases?orderBy=name"))
            .AssertProblemAsync(401, "unauthenticated");
    }
}
