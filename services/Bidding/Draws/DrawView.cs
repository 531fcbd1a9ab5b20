namespace Platform.Bidding.Draws;

/// <summary>
/// A draw as published: before the draw only its commitment (secret, candidates and selected are null); after it,
/// everything a verifier needs to recompute the selection.
/// </summary>
public sealed record DrawView(string DrawId, Guid? ProjectId, string Purpose, string? Specialty, int Count,
    string Commitment, string? Secret, IReadOnlyList<string>? Candidates, IReadOnlyList<string>? Selected,
    IReadOnlyList<DrawExclusion> Excluded, DateTimeOffset ScheduledAt, DateTimeOffset? DrawnAt)
{
    public static DrawView Of(Draw d)
    {
        var drawn = d.DrawnAt is not null;
        return new(d.PublicId, d.ProjectId, d.Purpose, d.Specialty, d.Count, d.Commitment,
            drawn ? d.Secret : null, drawn ? d.Candidates : null, drawn ? d.Selected : null,
            d.Excluded, d.ScheduledAt, d.DrawnAt);
    }
}
