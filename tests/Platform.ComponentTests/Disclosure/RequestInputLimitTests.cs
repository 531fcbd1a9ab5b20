using System.Net.Http.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>Every text of a disclosure request and its steps has a declared maximum; names carry no markup.</summary>
public sealed class RequestInputLimitTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<List<string?>> RefusedAsync(HttpResponseMessage response)
    {
        var problem = await response.AssertProblemAsync(400, "validation-failed");
        return problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
    }

    [Fact]
    public async Task A_request_with_oversized_or_marked_up_texts_is_refused_naming_each_field()
    {
        var register = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "online",
            applicantCategory = "natural",
            applicantName = "<b>李四</b>",
            identityNo = DisclosureScenario.ResidentId,
            contact = new string('1', 41),
            description = new string('述', 4001),
        });
        Assert.Equal(["applicantName", "contact", "description"], await RefusedAsync(register));
        var tooLongName = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "online",
            applicantCategory = "natural",
            applicantName = new string('名', 101),
            identityNo = DisclosureScenario.ResidentId,
            description = "2024 年度统计表",
        });
        Assert.Equal(["applicantName"], await RefusedAsync(tooLongName));

        var requestNo = (await _hall.RegisterAsync()).GetProperty("requestNo").GetString();
        var url = $"/api/disclosure/requests/{requestNo}";
        var longReason = new string('理', 2001);
        Assert.Equal(["reason"],
            await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/clarification", new { reason = longReason })));
        Assert.Equal(["reason"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/extension",
            new { workingDays = 10, reason = longReason })));
        Assert.Equal(["thirdParty"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/consultation",
            new { thirdParty = "<script>x</script>某公司" })));
        Assert.Equal(["thirdParty"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/consultation",
            new { thirdParty = new string('三', 201) })));
        Assert.Equal(["documentNo"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/reply",
            new { outcome = "3.1", documentNo = new string('号', 101) })));
        Assert.Equal(["documentNo"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(url + "/reply",
            new { outcome = "3.1", documentNo = "示政公开〔2025〕<i>1</i>号" })));

        // Nothing of it changed the request; within the limits each step is taken.
        await _hall.PostAsync(url + "/consultation", new { thirdParty = "示范市某某建设工程有限公司" });
        await _hall.PostAsync(url + "/consultation/answered", new { });
        var replied = await _hall.PostAsync(url + "/reply", new { outcome = "3.1", documentNo = "示政公开〔2025〕1号" });
        Assert.Equal("replied", replied.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_notes_and_withdrawal_reasons_have_a_maximum_length()
    {
        var draft = await _hall.PostAsync("/api/disclosure/publications", new
        {
            title = "示范市政务服务中心窗口服务时间调整公告",
            category = "办事指南",
            issuingBody = "示范市政务服务管理局",
            body = "自 2025 年 10 月 9 日起……",
        }, 201);
        var id = draft.GetProperty("id").GetString();
        await _hall.PostAsync($"/api/disclosure/publications/{id}/submit", new { });
        var note = await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review",
            new { decision = "send-back", note = new string('意', 2001) });
        Assert.Equal(["note"], await RefusedAsync(note));
        (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review", new { decision = "approve" }))
            .EnsureSuccessStatusCode();
        await _hall.PostAsync($"/api/disclosure/publications/{id}/publish", new { });
        Assert.Equal(["reason"], await RefusedAsync(await _hall.Officer.PostAsJsonAsync(
            $"/api/disclosure/publications/{id}/withdraw", new { reason = new string('因', 2001) })));
    }
}
