using System.Text.Json.Nodes;

namespace Platform.ComponentTests.Security;

/// <summary>
/// A plausible body for a write route: built from its schema, then given the values the route would accept (below),
/// so that each fuzzed property is the only thing wrong and the request gets past the checks of the others.
/// </summary>
public static class SampleBodies
{
    const string Person = """{"type":"natural","name":"张三","idNumber":"11010519491231002X","phone":"13800138000"}""";
    const string Counts = """{"upheld":1,"corrected":0,"other":0,"pending":0}""";

    /// <summary>Plausible values by route, merged into the schema's sample (objects property by property).</summary>
    static readonly Dictionary<string, string> Plausible = new()
    {
        ["POST /api/auth/token"] = """{"username":"nobody","password":"wrong-password"}""",
        ["PUT /api/catalogue/calendar/years/{year}"] =
            """{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""",
        ["POST /api/catalogue/matters"] = """
            {"code":"FZ-001","name":"模糊测试事项","type":"01","departmentCode":"SCJGJ","departmentName":"市场监督管理局",
             "handlingKind":"promised","statutoryLimitDays":20,"promisedLimitDays":5,"fee":0,"onSiteVisits":1,
             "onlineDepth":2,"materials":[{"name":"申请书","required":true,"form":"original","medium":"paper","copies":1}]}
            """,
        ["POST /api/catalogue/matters/{code}/suspend"] = """{"reason":"系统升级暂停"}""",
        ["POST /api/catalogue/matters/{code}/cancel"] = """{"reason":"法规废止"}""",
        ["POST /api/catalogue/departments"] = """{"code":"FZ01","name":"模糊测试局"}""",
        ["POST /api/catalogue/windows"] =
            """{"number":"F01","name":"模糊测试窗口","kind":"department","departmentCodes":["SCJGJ"]}""",
        ["POST /api/intake/queue/tickets"] = """{"matterCode":"SC-001","departmentCode":null,"priority":false}""",
        ["POST /api/intake/queue/call"] = """{"windowNo":"A01","lines":["SCJGJ"]}""",
        ["POST /api/intake/queue/tickets/{number}/recall"] = """{"windowNo":"A01","lines":["SCJGJ"]}""",
        ["POST /api/intake/queue/tickets/{number}/transfer"] = """{"line":"JTJ"}""",
        ["POST /api/intake/applications"] = $$"""
            {"matterCode":"SC-001","windowNo":"A01","applicant":{{Person}},"applicantAccount":null,
             "materials":[{"name":"食品经营许可申请书","status":"present","note":null},
                          {"name":"营业执照","status":"missing","note":"未带"}],
             "outcome":"notice","notice":["营业执照"],"reason":null,"legalBasis":null,"result":null,"decisionNo":null}
            """,
        ["POST /api/intake/applications/{id}/supplement"] =
            """{"materials":[{"name":"营业执照","status":"present","note":null}]}""",
        ["POST /api/intake/cases/{caseNo}/complete"] = """{"result":"approved","decisionNo":"市监许〔2026〕1号"}""",
        ["POST /api/intake/cases/{caseNo}/suspend"] = """{"procedure":"hearing","reason":"组织听证"}""",
        ["POST /api/intake/cases/{caseNo}/extend"] = """{"workingDays":5,"legalBasis":"《行政许可法》第四十二条"}""",
        ["POST /api/intake/cases/{caseNo}/rating"] = """{"score":5,"category":"服务态度","comment":"很好","verify":"002X"}""",
        ["POST /api/intake/cases/{caseNo}/claim"] = """{"verify":"002X"}""",
        ["POST /api/intake/agent/applications"] = $$"""
            {"matterCode":"SC-001","applicant":{{Person}},"consent":"居民签署代办委托书",
             "materials":[{"name":"食品经营许可申请书"}]}
            """,
        ["POST /api/intake/applications/{id}/handover"] = """{"slipNo":"ZB-20260101-0001"}""",
        ["PUT /api/intake/cases/{caseNo}/delivery"] = """{"method":"post","address":"城关镇中街 8 号"}""",
        ["POST /api/intake/cases/{caseNo}/delivery"] = """{"method":"post","trackingNumber":"SF1234567890","fileId":null}""",
        ["POST /api/disclosure/publications"] = Publication,
        ["PUT /api/disclosure/publications/{id}"] = Publication,
        ["POST /api/disclosure/publications/{id}/review"] = """{"decision":"approve","note":"同意公开"}""",
        ["POST /api/disclosure/publications/{id}/withdraw"] = """{"reason":"内容有误"}""",
        ["POST /api/disclosure/publications/{id}/abolish"] = """{"abolishedDate":"2026-01-01"}""",
        ["POST /api/disclosure/requests"] = """
            {"channel":"online","applicantCategory":"natural","applicantName":"李四","identityNo":"11010519491231002X",
             "contact":"13900139000","description":"2024 年度本局行政许可事项办理时限统计表","deliveryForm":"email",
             "receivedAt":null}
            """,
        ["POST /api/disclosure/public/requests"] = """
            {"applicantCategory":"natural","applicantName":"李四","identityNo":"11010519491231002X",
             "contact":"13900139000","description":"2024 年度本局行政许可事项办理时限统计表","deliveryForm":"email"}
            """,
        ["POST /api/disclosure/requests/{requestNo}/clarification"] = """{"reason":"请说明所需信息的年份"}""",
        ["POST /api/disclosure/requests/{requestNo}/extension"] = """{"workingDays":10,"reason":"需检索档案"}""",
        ["POST /api/disclosure/requests/{requestNo}/consultation"] = """{"thirdParty":"示例科技有限公司"}""",
        ["POST /api/disclosure/requests/{requestNo}/reply"] = """{"outcome":"3.1","documentNo":"示公开〔2026〕1号"}""",
        ["PUT /api/disclosure/annual-report/{year}/figures"] = $$"""
            {"licensing":10,"penalty":2,"enforcement":1,"feesWanYuan":0.5,
             "review":{{Counts}},"litigationDirect":{{Counts}},"litigationAfterReview":{{Counts}}}
            """,
        ["PUT /api/disclosure/annual-report/{year}/narrative"] =
            """{"overview":"概述","problems":"存在的问题","otherMatters":"其他需要报告的事项"}""",
        ["POST /api/supervision/rectifications/{id}/close"] = """{"resolution":"已约谈整改"}""",
        ["POST /api/supervision/warnings/{id}/appeal"] = """{"reason":"申请人补正材料耗时"}""",
        ["POST /api/supervision/warnings/{id}/decide"] = """{"outcome":"upheld","note":"维持"}""",
    };

    const string Publication = """
        {"title":"关于模糊测试的通知","category":"其他","documentNo":"示政发〔2026〕1号","issuingBody":"示范市人民政府",
         "body":"正文","attachments":[{"name":"附件1","url":"https://example.gov.cn/a.pdf"}],
         "documentKind":null,"issuedDate":null,"abolishedDate":null}
        """;

    /// <summary>The plausible body of the route, or null when it takes none that the test knows of.</summary>
    public static JsonNode? For(ApiRoute route)
    {
        var sample = route.BodySchema is { } schema ? FromSchema(schema) : null;
        if (Plausible.TryGetValue(route.Key, out var plausible))
        {
            sample = Merge(sample, JsonNode.Parse(plausible));
        }
        return sample;
    }

    static JsonNode? FromSchema(JsonObject schema)
    {
        if (schema["default"] is { } fallback)
        {
            return fallback.DeepClone();
        }
        if (schema["enum"] is JsonArray values)
        {
            return values[0]?.DeepClone();
        }
        return (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
        {
            ("object", _) or (null, _) when schema["properties"] is JsonObject properties =>
                new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, FromSchema((JsonObject)p.Value!)))),
            ("object", _) => new JsonObject(),
            ("array", _) when schema["items"] is JsonObject items => new JsonArray(FromSchema(items)),
            ("string", "date") => "2026-03-02",
            ("string", "date-time") => "2026-03-02T10:00:00+08:00",
            ("string", "uuid") => Guid.NewGuid().ToString(),
            ("string", _) => "测试",
            ("integer", _) => 1,
            ("number", _) => 1.5,
            ("boolean", _) => false,
            _ => null,
        };
    }

    static JsonNode? Merge(JsonNode? into, JsonNode? from)
    {
        if (into is not JsonObject target || from is not JsonObject source)
        {
            return from?.DeepClone();
        }
        var merged = (JsonObject)target.DeepClone();
        foreach (var (name, value) in source)
        {
            merged[name] = Merge(merged[name], value);
        }
        return merged;
    }
}
