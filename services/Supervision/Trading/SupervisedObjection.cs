using Platform.ServiceDefaults.Persistence;

namespace Platform.Supervision.Trading;

/// <summary>
/// 异议 against a trading project's candidates: raised, and decided (upheld or not) later; the decision may arrive
/// first. Stamped like the project, so a raise and a decision applied at once cannot both win.
/// </summary>
public sealed class SupervisedObjection : IConcurrencyStamped
{
    public Guid ObjectionId { get; set; }
    public Guid ProjectId { get; set; }
    public DateOnly? RaisedDate { get; set; }
    public DateOnly? DecidedDate { get; set; }
    public bool? Upheld { get; set; }
    public int ConcurrencyStamp { get; set; }
}
