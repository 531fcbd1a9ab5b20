using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using static Platform.ComponentTests.Supervision.ApprovalEventsScenario;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// Issue 9: a slice of imported history (one message for many cases) is applied in one unit of work exactly as its
/// cases' events one by one would be, and once: delivered twice it counts, warns and opens rectifications once; a case
/// supervision already had a row for (an earlier event) is completed, not collided with.
/// </summary>
public sealed class HistorySliceTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static ImportedCase Case(string caseNo, string acceptedAt, string due, string? completedAt = null,
        int? used = null, bool? onTime = null, int? rating = null) =>
        new(caseNo, "SC-001", "SCJGJ", "promised", 20, 5, "A01", At(acceptedAt), Day(due), false, "window", null,
            "county", 1, 0, completedAt is null ? null : At(completedAt), completedAt is null ? null : "approved", used,
            completedAt is null ? null : At(completedAt).Date == At(acceptedAt).Date, onTime, false, rating);

    [Fact]
    public async Task A_slice_delivered_twice_counts_warns_and_opens_rectifications_once()
    {
        _hall.Host.Clock.Set("2026-11-30T10:00:00+08:00");
        // A rating that arrived before the slice (a redelivery order the broker may choose) made the row first.
        await _hall.PublishAsync(new CaseRated("S-2", "SC-001", "SCJGJ", "A01", 4, null, null, At("2025-03-20T16:00:00")));
        var slice = new CaseHistoryImported("2025",
        [
            Case("S-1", "2025-03-03T09:00:00", "2025-03-10", "2025-03-03T11:00:00", used: 0, onTime: true, rating: 1),
            Case("S-2", "2025-03-04T09:00:00", "2025-03-11", "2025-03-20T16:00:00", used: 12, onTime: false),
            Case("S-3", "2025-09-01T09:00:00", "2025-09-08"),
        ]);

        var id = await _hall.PublishAsync(slice);
        await _hall.PublishAsync(slice, id, times: 2);

        var figures = await _hall.GetAsync("/api/supervision/metrics?from=2025-01-01&to=2025-12-31");
        Assert.Equal(3, figures.GetProperty("accepted").GetInt32());
        Assert.Equal(2, figures.GetProperty("completed").GetInt32());
        Assert.Equal(1, figures.GetProperty("onTheSpot").GetInt32());
        Assert.Equal(1, figures.GetProperty("onTime").GetInt32());
        // Completed history is never warned; the open case past due is, once, dated today.
        Assert.Equal(new Dictionary<string, string> { ["S-3"] = "red" }, await _hall.LiveWarningsAsync());
        var warnings = await _hall.GetAsync("/api/supervision/warnings");
        Assert.Equal("2026-11-30", Assert.Single(warnings.EnumerateArray()).GetProperty("raisedDate").GetString());
        var rectifications = await _hall.GetAsync("/api/supervision/rectifications");
        Assert.Equal("S-1", Assert.Single(rectifications.EnumerateArray()).GetProperty("caseNo").GetString());

        await using var scope = _hall.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var s2 = await db.Cases.SingleAsync(c => c.CaseNo == "S-2");
        Assert.Equal((4, 12, false), (s2.Rating, s2.WorkingDaysUsed, s2.OnTime)); // the earlier row kept its rating
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == id));
    }
}
