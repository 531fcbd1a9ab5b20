using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Catalogue;

namespace Platform.ComponentTests.Intake;

/// <summary>
/// The county–town–village network of the brief published to intake through the bus (as the catalogue would), and
/// matters with intake levels: DB-001 高龄津贴申领 (county, town, village), DB-002 (county, town); SC-001 stays at
/// the county hall. Agents: agent02 at 东风村, agent03 at 和平社区, agent01 at 城关镇.
/// </summary>
public static class AgentNetwork
{
    public const string County = "510181-000";
    public const string Town = "510181-101";
    public const string Village = "510181-101-01";
    public const string OtherVillage = "510181-101-02";

    public static async Task PublishAsync(IntakeScenario hall)
    {
        var at = DateTimeOffset.Parse("2026-01-01T08:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var bus = hall.Harness.Bus;
        await bus.Publish(new ServicePointPublished(County, "县政务服务中心", "county", null, "县府路 1 号", "工作日 9:00-17:00", null, ["A01", "A02"], at));
        await bus.Publish(new ServicePointPublished(Town, "城关镇便民服务中心", "town", County, "城关镇中街 8 号", null, null, [], at));
        await bus.Publish(new ServicePointPublished(Village, "东风村便民代办点", "village", Town, "东风村村委会", null, null, [], at));
        await bus.Publish(new ServicePointPublished(OtherVillage, "和平社区便民代办点", "village", Town, "和平社区", null, null, [], at));
        MatterMaterial Paper(string name, bool required = true) => new(name, required, "original", "paper", 1);
        await bus.Publish(new MatterPublished("DB-001", 1, "高龄津贴申领", "05", "MZJ", "民政局", "promised", 20, 5, 1,
            [Paper("高龄津贴申请表"), Paper("身份证明"), Paper("银行账户", false)], new DateOnly(2026, 1, 1), at,
            ["county", "town", "village"]));
        await bus.Publish(new MatterPublished("DB-002", 1, "耕地地力保护补贴申报", "05", "NYJ", "农业农村局", "promised", 20, 10, 1,
            [Paper("补贴申报表")], new DateOnly(2026, 1, 1), at, ["county", "town"]));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/points")).GetArrayLength() < 4
            || (await hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/matters?keyword=DB-")).GetArrayLength() < 2)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("intake did not receive the network");
            await Task.Delay(100);
        }
    }

    public static HttpClient Agent(IntakeScenario hall, string point = Village, string username = "agent02") =>
        hall.Host.ClientAs(username, "agent", null, point);

    public static object Request(string matter = "DB-001", string? consent = "居民签署代办委托书", params string[] materials) =>
        new { matterCode = matter, applicant = IntakeScenario.Person(), consent, materials = (materials.Length == 0 ? ["高龄津贴申请表", "身份证明"] : materials).Select(n => new { name = n }) };

    /// <summary>Takes DB-001 in at the agent's point; returns the application view.</summary>
    public static async Task<JsonElement> TakeInAsync(HttpClient agent)
    {
        var response = await agent.PostAsJsonAsync("/api/intake/agent/applications", Request());
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// 受理 of an agent application as the county hall does it: the paper arrives by slip (handover) when it has not
    /// yet, then the window's 预审 accepts it with every material of the matter present. Returns the case number.
    /// </summary>
    public static async Task<string> AcceptAsync(IntakeScenario hall, Guid applicationId)
    {
        var view = await hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{applicationId}");
        if (view.GetProperty("status").GetString() == "awaiting-handover")
        {
            (await hall.Window.PostAsJsonAsync($"/api/intake/applications/{applicationId}/handover",
                new { slipNo = view.GetProperty("transferSlipNo").GetString() })).EnsureSuccessStatusCode();
        }
        var matter = (await hall.Window.GetFromJsonAsync<JsonElement>(
                $"/api/intake/matters?keyword={view.GetProperty("matterCode").GetString()}"))[0];
        var materials = matter.GetProperty("materials").EnumerateArray()
            .Select(m => new { name = m.GetProperty("name").GetString(), status = "present" }).ToArray();
        var review = await hall.Window.PostAsJsonAsync($"/api/intake/applications/{applicationId}/review",
            new { outcome = "accept", windowNo = "A01", materials });
        Assert.True(review.IsSuccessStatusCode, await review.Content.ReadAsStringAsync());
        return (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo")
            .GetString()!;
    }
}
