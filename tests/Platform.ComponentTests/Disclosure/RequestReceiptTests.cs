using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>
/// A letter's or fax's reply clock starts on the day it was received, not on the day it was typed in (DESIGN §6);
/// an online request is received when the server takes it, from the officer or from the public form. Dates across
/// the 2025 National Day holiday as in <see cref="RequestClockTests"/>.
/// </summary>
public sealed class RequestReceiptTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static object Letter(string? receivedAt, string channel = "letter") => new
    {
        channel,
        applicantCategory = "natural",
        applicantName = "王五",
        identityNo = DisclosureScenario.ResidentId,
        contact = "13900139000",
        description = "2025 年度本局财政预算执行情况",
        deliveryForm = "post",
        receivedAt,
    };

    async Task<int> Total() =>
        (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/requests")).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_letter_registered_after_the_holiday_is_due_twenty_working_days_after_its_receipt()
    {
        _hall.Host.Clock.Set("2025-10-09T09:30:00+08:00");
        var request = await _hall.PostAsync("/api/disclosure/requests", Letter("2025-09-26T16:00:00+08:00"), 201);

        Assert.Equal("2025-09-26", request.GetProperty("receivedDate").GetString());
        Assert.Equal("2025-09-26", request.GetProperty("clockStartDate").GetString());
        // 09-28 (make-up) 1, 09-29 2, 09-30 3, 10-09 4, … 10-30 20 (RequestClockTests counts it day by day).
        Assert.Equal("2025-10-30", request.GetProperty("dueDate").GetString());
        Assert.Equal("post", request.GetProperty("deliveryForm").GetString());
        // On 10-09 four of the twenty working days are used.
        Assert.Equal(16, request.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("none", request.GetProperty("warning").GetString());
        var received = request.GetProperty("timeline")[0];
        Assert.Equal("received", received.GetProperty("step").GetString());
        Assert.Contains("2025-10-09 登记", received.GetProperty("note").GetString());

        // The clarification window (7 working days) counts from the receipt too: on 10-14 it is the 8th.
        _hall.Host.Clock.Set("2025-10-14T09:00:00+08:00");
        var no = request.GetProperty("requestNo").GetString();
        var late = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/clarification",
            new { reason = "请说明所需信息的年度" });
        await late.AssertProblemAsync(409, "clarification-too-late");
    }

    [Fact]
    public async Task The_clock_reads_yellow_near_the_due_date_and_red_after_it()
    {
        _hall.Host.Clock.Set("2025-10-09T09:30:00+08:00");
        var request = await _hall.PostAsync("/api/disclosure/requests", Letter("2025-09-26T16:00:00+08:00", "fax"),
            201);
        var no = request.GetProperty("requestNo").GetString();

        _hall.Host.Clock.Set("2025-10-27T09:00:00+08:00");
        var near = await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/requests/{no}");
        Assert.Equal((3, "yellow"),
            (near.GetProperty("workingDaysLeft").GetInt32(), near.GetProperty("warning").GetString()));

        _hall.Host.Clock.Set("2025-10-31T09:00:00+08:00");
        var list = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/requests");
        var late = list.GetProperty("items")[0];
        Assert.Equal((-1, "red"),
            (late.GetProperty("workingDaysLeft").GetInt32(), late.GetProperty("warning").GetString()));
    }

    [Theory]
    [InlineData(null)] // a letter must say when it was received
    [InlineData("2025-10-10T09:00:00+08:00")] // tomorrow
    [InlineData("2025-10-09T09:31:00+08:00")] // a minute from now
    [InlineData("2023-12-31T10:00:00+08:00")] // before 1 January of last year: the history import's business
    [InlineData("2025-09-26")] // a date without a time and offset
    [InlineData("2025-09-26T16:00:00")] // a time without an offset
    public async Task A_letter_without_a_sane_receipt_time_is_refused_and_nothing_is_stored(string? receivedAt)
    {
        _hall.Host.Clock.Set("2025-10-09T09:30:00+08:00");
        var response = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests", Letter(receivedAt));
        var problem = await response.AssertProblemAsync(400, "validation-failed");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.Equal(["receivedAt"], fields);
        Assert.Equal(0, await Total());
    }

    [Fact]
    public async Task An_online_request_is_received_at_the_servers_time_and_a_receipt_time_sent_with_it_is_refused()
    {
        _hall.Host.Clock.Set("2025-10-09T09:30:00+08:00");
        var backdated = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests",
            Letter("2025-09-26T16:00:00+08:00", "online"));
        await backdated.AssertProblemAsync(400, "validation-failed");

        var online = await _hall.PostAsync("/api/disclosure/requests", Letter(null, "online"), 201);
        Assert.Equal("2025-10-09", online.GetProperty("receivedDate").GetString());
        var inPerson = await _hall.PostAsync("/api/disclosure/requests", Letter(null, "in-person"), 201);
        Assert.Equal("2025-10-09", inPerson.GetProperty("receivedDate").GetString());
        Assert.Equal(2, await Total());
    }

    [Fact]
    public async Task The_public_form_registers_an_online_request_and_tells_its_number_and_reply_date()
    {
        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00");
        var missing = await _hall.Anonymous.PostAsJsonAsync("/api/disclosure/public/requests", new
        {
            applicantCategory = "commercial",
            applicantName = "示范科技有限公司",
            identityNo = DisclosureScenario.CreditCode,
            description = "本局 2025 年行政许可决定目录",
        });
        var problem = await missing.AssertProblemAsync(400, "validation-failed");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.Equal(["contact", "deliveryForm"], fields.Order());

        var response = await _hall.Anonymous.PostAsJsonAsync("/api/disclosure/public/requests", new
        {
            applicantCategory = "commercial",
            applicantName = "示范科技有限公司",
            identityNo = DisclosureScenario.CreditCode,
            contact = "0591-87654321",
            description = "本局 2025 年行政许可决定目录",
            deliveryForm = "email",
            receivedAt = "2025-09-01T10:00:00+08:00", // not a field of the public form: the server's time counts
        });
        Assert.Equal(201, (int)response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("YSQ2025", receipt.GetProperty("requestNo").GetString());
        Assert.Equal("2025-09-26", receipt.GetProperty("receivedDate").GetString());
        Assert.Equal("2025-10-30", receipt.GetProperty("dueDate").GetString());
        Assert.Equal(20, receipt.GetProperty("replyWorkingDays").GetInt32());

        var registered = await _hall.Officer.GetFromJsonAsync<JsonElement>(
            $"/api/disclosure/requests/{receipt.GetProperty("requestNo").GetString()}");
        Assert.Equal(("online", "email"),
            (registered.GetProperty("channel").GetString(), registered.GetProperty("deliveryForm").GetString()));
        Assert.Null(registered.GetProperty("timeline")[0].GetProperty("by").GetString());
    }
}
