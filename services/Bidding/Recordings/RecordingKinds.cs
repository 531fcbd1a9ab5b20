namespace Platform.Bidding.Recordings;

/// <summary>The sessions that are recorded: the opening, a draw, the evaluation, an auction.</summary>
public static class RecordingKinds
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(["opening", "draw", "evaluation", "auction"]);
}
