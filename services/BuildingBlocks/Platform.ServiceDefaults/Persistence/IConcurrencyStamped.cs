namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// A record changed by people who may act at the same moment (two approvers on one case). Its stamp is a concurrency
/// token that every save of a change increments (<see cref="ConcurrencyStamps"/>): the second of two concurrent
/// writers fails and gets the shared 409 problem, having changed nothing.
/// </summary>
public interface IConcurrencyStamped
{
    int ConcurrencyStamp { get; set; }
}
