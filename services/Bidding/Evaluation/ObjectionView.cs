namespace Platform.Bidding.Evaluation;

/// <summary>An objection and, once decided, its answer.</summary>
public sealed record ObjectionView(Guid ObjectionId, Guid ProjectId, string Account, string FirmName, string Text,
    DateTimeOffset RaisedAt, DateTimeOffset? DecidedAt, bool? Upheld, string? Reply)
{
    public static ObjectionView Of(Objection o) =>
        new(o.Id, o.ProjectId, o.Account, o.FirmName, o.Text, o.RaisedAt, o.DecidedAt, o.Upheld, o.Reply);
}
