using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Security;

/// <summary>
/// Records for the fuzzed routes to find, so that bad bodies reach the handlers' checks instead of stopping at
/// "not found": a published catalogue, an open case, a waiting ticket and an application awaiting supplement,
/// a draft publication and an open disclosure request. Returns the plausible path values naming them.
/// </summary>
public static class FuzzSeeds
{
    public static async Task<PathValues> PlantAsync(SecurityHost host, string service)
    {
        var values = new PathValues();
        var admin = host.Admin;
        switch (service)
        {
            case "catalogue":
                await ImportCatalogueAsync(admin);
                values.Set("year", "2027");
                break;
            case "intake":
                await ImportCatalogueAsync(admin);
                await WaitForIntakeMattersAsync(admin);
                values.Set("caseNo", await SubmitAsync(admin, "accept", e => e.GetProperty("receipt")
                    .GetProperty("caseNo").GetString()!));
                values.Set("id", await SubmitAsync(admin, "notice", e => e.GetProperty("applicationId").GetString()!));
                var ticket = await PostAsync(admin, "/api/intake/queue/tickets", new { matterCode = "SC-001" });
                values.Set("number", ticket.GetProperty("ticketNo").GetString()!);
                break;
            case "disclosure":
                var draft = await PostAsync(admin, "/api/disclosure/publications", new
                {
                    title = "种子公开信息",
                    category = "其他",
                    issuingBody = "示范市人民政府",
                    body = "正文",
                });
                values.Set("id", draft.GetProperty("id").GetString()!);
                var request = await PostAsync(admin, "/api/disclosure/requests", new
                {
                    channel = "online",
                    applicantCategory = "natural",
                    applicantName = "李四",
                    identityNo = IntakeScenario.ResidentId,
                    contact = "13900139000",
                    description = "统计表",
                });
                values.Set("requestNo", request.GetProperty("requestNo").GetString()!);
                break;
        }
        return values;
    }

    static async Task ImportCatalogueAsync(HttpClient admin)
    {
        var csv = new StringContent(IntakeScenario.Catalogue, Encoding.UTF8, "text/csv");
        (await admin.PostAsync("/api/catalogue/matters/import", csv)).EnsureSuccessStatusCode();
    }

    static async Task WaitForIntakeMattersAsync(HttpClient admin)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await admin.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() < 5)
        {
            Assert.True(DateTime.UtcNow < deadline, "intake did not receive the published matters");
            await Task.Delay(100);
        }
    }

    static async Task<string> SubmitAsync(HttpClient admin, string outcome, Func<JsonElement, string> pick)
    {
        var notice = outcome == "notice";
        var all = new[] { "食品经营许可申请书", "营业执照", "食品安全管理制度" };
        var answer = await PostAsync(admin, "/api/intake/applications", new
        {
            matterCode = "SC-001",
            windowNo = "A01",
            applicant = IntakeScenario.Person(),
            materials = all.Select(name => new { name, status = notice && name == "营业执照" ? "missing" : "present" }),
            outcome,
            notice = notice ? new[] { "营业执照" } : null,
        });
        return pick(answer);
    }

    static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
