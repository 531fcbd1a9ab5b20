using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Supervision;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Observability;

namespace Platform.Supervision.Warnings;

/// <summary>
/// Warnings (电子监察) as they are raised, counted when supervision commits the warning and its event: a watcher run
/// that rolls back, or a second replica finding the warning already raised, counts nothing. By level (yellow, red)
/// and department. Prometheus name: platform_warnings_raised_total.
/// </summary>
public sealed class WarningMetrics : ICommittedEventObserver
{
    public const string Raised = "platform.warnings.raised";

    readonly Counter<long> _raised;

    public WarningMetrics(IMeterFactory meters) =>
        _raised = meters.Create(Telemetry.MeterName).CreateCounter<long>(Raised, "{warning}",
            "Efficiency warnings raised on open cases (yellow: close to the due date, red: past it)");

    public void Committed(DbContext context, IReadOnlyCollection<OutboxMessage> events)
    {
        foreach (var stored in events.Where(e => e.Carries<WarningRaised>()))
        {
            var warning = stored.Read<WarningRaised>();
            _raised.Add(1, new("platform.warning.level", warning.Level),
                new("platform.department", warning.DepartmentCode));
        }
    }
}
