using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Observability;

namespace Platform.Intake.Statistics;

/// <summary>
/// The hall's throughput for dashboards, counted where intake decides it: when the acceptance or completion (and its
/// event) is committed, once per case, whatever the path (window, online pre-review, supplement, complete-now). A
/// retried transaction or a request repeated under its Idempotency-Key commits once and counts once. Imported history
/// is not today's work and is left out. Prometheus names: platform_cases_accepted_total,
/// platform_cases_completed_total, platform_cases_completed_on_time_total (DESIGN §5's onTime).
/// </summary>
public sealed class CaseMetrics : ICommittedEventObserver
{
    public const string Accepted = "platform.cases.accepted";
    public const string Completed = "platform.cases.completed";
    public const string CompletedOnTime = "platform.cases.completed_on_time";

    readonly Counter<long> _accepted;
    readonly Counter<long> _completed;
    readonly Counter<long> _onTime;

    public CaseMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _accepted = meter.CreateCounter<long>(Accepted, "{case}", "Cases accepted (受理)");
        _completed = meter.CreateCounter<long>(Completed, "{case}", "Cases completed (办结)");
        _onTime = meter.CreateCounter<long>(CompletedOnTime, "{case}",
            "Cases completed within their promised limit (承诺时限内办结)");
    }

    public void Committed(DbContext context, IReadOnlyCollection<OutboxMessage> events)
    {
        HashSet<string>? imported = null;
        foreach (var stored in events.Where(e => e.Carries<ApplicationAccepted>()))
        {
            var accepted = stored.Read<ApplicationAccepted>();
            if (accepted.Imported)
            {
                (imported ??= []).Add(accepted.CaseNo);
                continue;
            }
            _accepted.Add(1, new("platform.department", accepted.DepartmentCode),
                new("platform.channel", accepted.Channel));
        }
        foreach (var stored in events.Where(e => e.Carries<CaseCompleted>()))
        {
            var completed = stored.Read<CaseCompleted>();
            if (imported?.Contains(completed.CaseNo) == true)
            {
                continue;
            }
            var department = new KeyValuePair<string, object?>("platform.department", completed.DepartmentCode);
            _completed.Add(1, department);
            if (completed.OnTime)
            {
                _onTime.Add(1, department);
            }
        }
    }
}
